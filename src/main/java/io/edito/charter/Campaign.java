package io.edito.charter;

import java.time.LocalDate;

/** A campaign's dates (both included): posts of the campaign outside them are flagged. */
public record Campaign(String name, LocalDate from, LocalDate to) {
}
