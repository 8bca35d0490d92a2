package io.edito.yaml;

import io.edito.core.SourcePos;

/** A YAML node with the position it was read from. Scalars stay strings: types are decided by the reader of the model. */
public sealed interface YNode permits YMap, YList, YScalar {
    SourcePos pos();

    /** A short word for messages: "a mapping", "a list", "a string". */
    String kind();

    /** The node as plain Java values: maps (in source order), lists and strings (null for an empty value). */
    Object plain();
}
