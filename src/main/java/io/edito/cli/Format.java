package io.edito.cli;

/** Output formats offered across commands; each command accepts a subset and says which. */
enum Format { text, json, markdown, ics, sarif, junit, github, checkstyle, csv, html }
