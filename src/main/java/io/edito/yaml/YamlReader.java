package io.edito.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.edito.core.ByteSize;
import io.edito.core.EditoException;
import io.edito.core.SourcePos;
import io.edito.core.Suggest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document into a {@link YNode} tree that keeps every position. Duplicate keys are errors,
 * anchors and aliases (and {@code <<} merge keys) are supported within {@link YamlLimits}, and every failure is an
 * {@link EditoException} naming file:line:column.
 */
public final class YamlReader {
    private final YamlLimits limits;

    public YamlReader(YamlLimits limits) {
        this.limits = limits;
    }

    public YamlReader() {
        this(YamlLimits.DEFAULT);
    }

    /**
     * The file's text, checked for size and encoding, without a leading byte order mark (an editor's, which would
     * shift every column of line 1 and show in quoted source lines); failures are input errors naming the file.
     */
    public String readText(Path file) {
        io.edito.core.InputFiles.read(file);
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                String[] shown = ByteSize.against(size, limits.maxFileBytes());
                throw EditoException.input(SourcePos.ofFile(file), "file is " + shown[0] + ", over the " + shown[1]
                        + " limit for YAML files");
            }
            byte[] bytes = Files.readAllBytes(file);
            io.edito.core.ByteOrderMark mark = io.edito.core.ByteOrderMark.of(bytes);
            if (mark != null && !mark.charset().equals(StandardCharsets.UTF_8)) {
                throw EditoException.input(new SourcePos(file, 1, 1), "saved as " + mark.charset().name()
                        + " (YAML files must be UTF-8; re-save the file as UTF-8)");
            }
            java.nio.charset.Charset utf16 = mark == null ? io.edito.core.ByteOrderMark.utf16WithoutMark(bytes) : null;
            if (utf16 != null) {
                throw EditoException.input(new SourcePos(file, 1, 1), "saved as " + utf16.name() + " without a byte "
                        + "order mark (YAML files must be UTF-8; re-save the file as UTF-8)");
            }
            int skip = mark == null ? 0 : mark.length();
            if (!isUtf8(bytes)) {
                throw EditoException.input(invalidUtf8At(file, bytes, skip), "not valid UTF-8 (YAML files must be "
                        + "UTF-8; re-save the file as UTF-8)");
            }
            // the JDK's fast path, once the bytes are known valid
            return new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw EditoException.input(SourcePos.ofFile(file), "no such file");
        } catch (IOException e) {
            throw EditoException.input(SourcePos.ofFile(file), "cannot read: " + e.getMessage());
        }
    }

    /**
     * The line and column (in characters) of the first byte of {@code b} that is not well-formed UTF-8, counted from
     * byte {@code from} (after a byte order mark, which is not a column).
     */
    static SourcePos invalidUtf8At(Path file, byte[] b, int from) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(b, from, b.length - from);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(b.length + 1);
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(in, out, true);
        out.flip();
        int line = 1;
        int column = 1;
        for (int i = 0; i < out.limit(); i++) {
            char c = out.get(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new SourcePos(file, line, column);
    }

    /**
     * Whether {@code b} is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF),
     * exactly what the JDK's decoder accepts when told to report errors; it is much faster on mostly ASCII text.
     */
    static boolean isUtf8(byte[] b) {
        int n = b.length;
        int i = 0;
        while (i < n) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            if (c < 0xC2) {
                return false; // a continuation byte, or an overlong two-byte form
            } else if (c < 0xE0) {
                if (i + 1 >= n || !continuation(b[i + 1])) {
                    return false;
                }
                i += 2;
            } else if (c < 0xF0) {
                if (i + 2 >= n || !continuation(b[i + 1]) || !continuation(b[i + 2])) {
                    return false;
                }
                int c1 = b[i + 1] & 0xFF;
                if (c == 0xE0 && c1 < 0xA0 || c == 0xED && c1 >= 0xA0) {
                    return false; // overlong, or a surrogate
                }
                i += 3;
            } else if (c < 0xF5) {
                if (i + 3 >= n || !continuation(b[i + 1]) || !continuation(b[i + 2]) || !continuation(b[i + 3])) {
                    return false;
                }
                int c1 = b[i + 1] & 0xFF;
                if (c == 0xF0 && c1 < 0x90 || c == 0xF4 && c1 >= 0x90) {
                    return false; // overlong, or past U+10FFFF
                }
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** Reads and parses {@code file}; an empty file gives an empty mapping at line 1. */
    public YNode read(Path file) {
        return parse(file, readText(file));
    }

    /** Parses {@code text} as the content of {@code file}. */
    public YNode parse(Path file, String text) {
        return parse(file, text, null);
    }

    /**
     * The items of one list under a key of the top-level mapping, handed over one by one as they are read instead of
     * kept in the tree: the nodes of a large file's posts then die young, where a whole tree outlived several young
     * collections and was copied into the old generation (0.25 s of pauses on ten 3 MB files).
     */
    public interface Streamed {
        /** The top-level key whose list is streamed. */
        String key();

        /**
         * Called when the list starts, with the top-level entries read before its key (a read-only view); false
         * keeps the list in the tree. Not called when the list has an anchor, when a merge key ({@code <<}) came
         * before it, or for the key given twice (an error).
         */
        boolean start(Map<String, YMap.Entry> before);

        /** One item of the list, in order; what it throws reaches the caller of {@code parse} as it is. */
        void item(YNode item);
    }

    /**
     * Parses {@code text} as the content of {@code file}, handing the items of the top-level list under
     * {@code streamed.key()} to {@code streamed} (null streams nothing): in the tree that list is then empty.
     * The tree and every error are otherwise those of {@link #parse(Path, String)}; on an error the items handed
     * over so far are to be dropped.
     */
    public YNode parse(Path file, String text, Streamed streamed) {
        return parse(file, text, streamed, null);
    }

    /**
     * {@link #parse(Path, String, Streamed)}, a key given twice in a mapping told to {@code duplicates} (its position
     * and message) instead of ending the read: the first value is kept and the rest of the file read, so that a
     * calendar's other problems are all told at once. Null: a duplicate key is an error thrown, as elsewhere.
     */
    public YNode parse(Path file, String text, Streamed streamed, java.util.function.BiConsumer<SourcePos, String> duplicates) {
        return parse(new YamlSource(file, text), streamed, duplicates);
    }

    /**
     * {@link #parse(Path, String, Streamed, java.util.function.BiConsumer)} of a text already read into
     * {@code source}, whose lines the positions are given in (LF and CRLF end a line; the parser also breaks lines at
     * a lone CR, NEL, LS and PS, which git, GitHub and editors do not).
     */
    public YNode parse(YamlSource source, Streamed streamed, java.util.function.BiConsumer<SourcePos, String> duplicates) {
        Path file = source.file();
        String text = source.text();
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both positions
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        options.setMaxAliasesForCollections(Integer.MAX_VALUE); // we bound the expanded size instead
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(limits.maxDepth() + 8).build())
                .build();
        try (JsonParser parser = factory.createParser(text)) {
            Builder b = new Builder(source, parser, streamed, duplicates);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YMap(new LinkedHashMap<>(), new SourcePos(file, 1, 1));
            }
            YNode root = b.node(first, 0);
            if (parser.nextToken() != null) {
                throw EditoException.input(pos(source, parser.currentTokenLocation()),
                        "more than one YAML document in the file (remove the '---' separator)");
            }
            return root;
        } catch (EditoException e) {
            throw e;
        } catch (ItemFailure e) {
            throw e.getCause(); // the receiver's own failure, not the YAML's
        } catch (StreamConstraintsException e) {
            // where the parser stood when it went past the limit, when it says
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw EditoException.input(at == null || at.getLineNr() < 1 ? SourcePos.ofFile(file) : pos(source, at),
                    "YAML nested deeper than " + limits.maxDepth() + " levels");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            refuseNonPrintable(source, e);
            MarkedYAMLException marked = marked(e);
            if (marked != null && marked.getProblemMark() != null) {
                throw EditoException.input(markPos(source, marked.getProblemMark()), "invalid YAML: "
                        + syntaxMessage(marked, source));
            }
            JsonLocation loc = e.getLocation();
            throw EditoException.input(pos(source, loc), "invalid YAML: " + cleanMessage(e));
        } catch (IOException e) {
            throw EditoException.input(SourcePos.ofFile(file), "cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            refuseNonPrintable(source, e);
            // SnakeYAML's own limits (nesting depth, code points) surface as unchecked exceptions
            throw EditoException.input(SourcePos.ofFile(file), "invalid YAML: " + firstLine(e.getMessage()));
        }
    }

    /**
     * SnakeYAML's reader refuses a character YAML does not allow (a NUL, a control character) without saying which or
     * where ({@code special characters are not allowed}, at 1:1): the first such character, named at its place.
     */
    private static void refuseNonPrintable(YamlSource source, Throwable e) {
        boolean reader = false;
        for (Throwable t = e; t != null && !reader; t = t.getCause() == t ? null : t.getCause()) {
            reader = String.valueOf(t.getMessage()).contains("special characters are not allowed");
        }
        if (!reader) {
            return;
        }
        String text = source.text();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!printable(c)) {
                String name = Character.getName(c);
                throw EditoException.input(source.pos(i), String.format(java.util.Locale.ROOT, "U+%04X%s is not "
                        + "allowed in a YAML file (tabs, line breaks and printable characters only): remove it", c,
                        name == null ? "" : " (" + name + ")"));
            }
            i += Character.charCount(c);
        }
    }

    /** What YAML 1.1 allows in a file (SnakeYAML's {@code StreamReader.isPrintable}). */
    private static boolean printable(int c) {
        return c >= 0x20 && c <= 0x7E || c == 0x9 || c == 0xA || c == 0xD || c == 0x85 || c >= 0xA0 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }

    /** SnakeYAML's own error, with its marks, under the exception Jackson wraps it in (null when there is none). */
    private static MarkedYAMLException marked(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                return m;
            }
        }
        return null;
    }

    private static SourcePos markPos(YamlSource source, Mark mark) {
        return source.fromParser(mark.getLine() + 1, mark.getColumn() + 1);
    }

    /**
     * One clean line for a YAML syntax error, reported at its problem mark: SnakeYAML's description of the problem
     * without the source lines it echoes, with where the construct it was reading started; a tab and a line
     * indented the wrong way, the two most common mistakes, in plain words.
     */
    static String syntaxMessage(MarkedYAMLException e, String text) {
        return syntaxMessage(e, new YamlSource(null, text == null ? "" : text));
    }

    /** {@link #syntaxMessage(MarkedYAMLException, String)}, the lines it names in {@code source}'s lines. */
    static String syntaxMessage(MarkedYAMLException e, YamlSource source) {
        String text = source.text();
        String problem = e.getProblem() == null ? "syntax error" : e.getProblem().strip();
        Mark at = e.getProblemMark();
        if (problem.contains("(TAB)")) {
            return tabInIndentation(text, at)
                    ? "a tab indents this line; YAML indents with spaces only"
                    : "a tab where YAML expects a value or a key; use spaces to separate them";
        }
        String context = e.getContext() == null ? null : e.getContext().strip();
        Mark from = e.getContextMark();
        if (context != null && from != null && problem.startsWith("expected <block end>")) {
            String what = context.contains("mapping") ? "the keys of the mapping" : "the items of the list";
            SourcePos start = markPos(source, from);
            return "this line is not indented like " + what + " that starts at line " + start.line()
                    + ", column " + start.column() + " (" + readable(problem) + ")";
        }
        String message = readable(problem);
        if (context != null && from != null) {
            SourcePos start = markPos(source, from);
            message += " (" + context + " that starts at line " + start.line() + ", column " + start.column() + ")";
        }
        return message;
    }

    /** SnakeYAML's wording without the code point numbers it adds ("q(113)"). */
    private static String readable(String problem) {
        return firstLine(problem.replaceAll("\\s*\\(\\d+\\)", ""));
    }

    /** Whether {@code mark} stands in the leading blanks of its line. */
    private static boolean tabInIndentation(String text, Mark mark) {
        if (text == null) {
            return true;
        }
        int line = 0;
        int i = 0;
        while (line < mark.getLine() && i < text.length()) {
            if (text.charAt(i++) == '\n') {
                line++;
            }
        }
        for (int col = 0; col < mark.getColumn() && i < text.length(); col++, i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String cleanMessage(com.fasterxml.jackson.core.JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return "syntax error";
        }
        if (m.startsWith("Expected a field name")) {
            // a complex key ("? [a, b]"): Jackson named SnakeYAML's event class
            return "a key must be a plain value (a word or a quoted text), not a list or a map";
        }
        return firstLine(m.replace("\r", ""));
    }

    private static String firstLine(String m) {
        if (m == null) {
            return "syntax error";
        }
        String[] lines = m.strip().split("\n");
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("in 'reader'") || l.startsWith("in '") || l.startsWith("^")
                    || l.startsWith("at [Source")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(l);
            if (sb.length() > 160) {
                break;
            }
        }
        return sb.length() == 0 ? "syntax error" : sb.toString();
    }

    /** Where the parser's {@code loc} is in {@code source}'s lines. */
    static SourcePos pos(YamlSource source, JsonLocation loc) {
        if (loc == null || loc.getLineNr() <= 0) {
            return SourcePos.ofFile(source.file());
        }
        return source.fromParser(loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    /** What a {@link Streamed} receiver threw, carried past the parser's handling of SnakeYAML's own exceptions. */
    private static final class ItemFailure extends RuntimeException {
        ItemFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /** Builds nodes from the token stream, resolving anchors and counting expanded size. */
    private final class Builder {
        private final YamlSource source;
        private final JsonParser parser;
        private final Streamed streamed;
        private final java.util.function.BiConsumer<SourcePos, String> duplicates;
        private final Map<String, YNode> anchors = new HashMap<>();
        /** The anchors of the maps and lists being read: an alias to one of them is a node that holds itself. */
        private final java.util.Set<String> inside = new java.util.HashSet<>();
        private final IdentityHashMap<YNode, Long> sizes = new IdentityHashMap<>();
        private long expanded;

        Builder(YamlSource source, JsonParser parser, Streamed streamed, java.util.function.BiConsumer<SourcePos, String> duplicates) {
            this.source = source;
            this.parser = parser;
            this.streamed = streamed;
            this.duplicates = duplicates;
        }

        YNode node(JsonToken token, int depth) throws IOException {
            SourcePos at = here(depth);
            String anchor = parser.getObjectId() instanceof String s ? s : null;
            String tag = parser.getTypeId() instanceof String t ? t : null;
            if (tag != null && !tag.isEmpty() && !PLAIN_TAGS.contains(tag)) { // '!' alone: "plain text", YAML says
                // !!binary aGVsbG8= was read as the text "aGVsbG8=", quietly: what would have gone out
                String shown = tag.startsWith(CORE_TAG) ? "!!" + tag.substring(CORE_TAG.length()) : "!" + tag;
                throw EditoException.input(at, "YAML tag '" + shown + "' is not read by edito: write the value as "
                        + "plain text (a tag '!!str' may stay)");
            }
            YNode result;
            if (anchor != null && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
                inside.add(anchor);
            }
            if (token == JsonToken.START_OBJECT) {
                result = map(at, depth);
            } else if (token == JsonToken.START_ARRAY) {
                List<YNode> items = new ArrayList<>();
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(node(t, depth + 1));
                }
                result = new YList(List.copyOf(items), at);
            } else if (isAlias()) {
                String name = parser.getText();
                YNode target = anchors.get(name);
                if (target == null) {
                    throw EditoException.input(at, inside.contains(name)
                            ? "alias '*" + name + "' is inside the node '&" + name + "' names: a node that holds itself "
                                    + "cannot be read"
                            : "unknown alias '*" + name + "'");
                }
                count(size(target), at);
                return target;
            } else if (token == JsonToken.VALUE_NULL) {
                result = new YScalar(null, at);
            } else {
                String text = parser.getText();
                result = new YScalar(text == null || text.isEmpty() ? null : text, at);
            }
            count(1, at);
            if (anchor != null) {
                inside.remove(anchor);
                anchors.put(anchor, result);
            }
            return result;
        }

        /** YAML's core schema, the prefix of '!!' tags. */
        private static final String CORE_TAG = "tag:yaml.org,2002:";
        /** The tags that say what edito reads anyway: a text, a map, a list. */
        private static final java.util.Set<String> PLAIN_TAGS = java.util.Set.of(CORE_TAG + "str", CORE_TAG + "map",
                CORE_TAG + "seq");

        private boolean isAlias() {
            return parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser y && y.isCurrentAlias();
        }

        private YMap map(SourcePos at, int depth) throws IOException {
            Map<String, YMap.Entry> entries = new LinkedHashMap<>();
            List<YNode> merges = new ArrayList<>();
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
                SourcePos keyPos = pos(source, parser.currentTokenLocation());
                String key = parser.currentName();
                JsonToken valueToken = parser.nextToken();
                YNode value = depth == 0 && streamed != null && valueToken == JsonToken.START_ARRAY
                        && key.equals(streamed.key()) && merges.isEmpty() && !entries.containsKey(key)
                        && parser.getObjectId() == null && streamed.start(Collections.unmodifiableMap(entries))
                        ? streamList(depth + 1) : node(valueToken, depth + 1);
                if ("<<".equals(key)) {
                    merges.add(value);
                    continue;
                }
                YMap.Entry previous = entries.get(key);
                if (previous != null) {
                    String message = "duplicate key '" + key + "' (first at line " + previous.keyPos().line() + ")";
                    if (duplicates == null) {
                        throw EditoException.input(keyPos, message);
                    }
                    duplicates.accept(keyPos, message + "; the first value is read");
                    continue;
                }
                entries.put(key, new YMap.Entry(key, keyPos, value));
            }
            for (YNode merge : merges) {
                List<YNode> sources = merge instanceof YList l ? l.items() : List.of(merge);
                for (YNode source : sources) {
                    if (!(source instanceof YMap m)) {
                        throw EditoException.input(source.pos(), "'<<' merges a mapping, not " + source.kind());
                    }
                    for (YMap.Entry e : m.all()) {
                        entries.putIfAbsent(e.key(), e);
                    }
                }
            }
            return new YMap(entries, at);
        }

        /** The position of the current token, a node at {@code depth}: refused beyond the limit of nesting. */
        private SourcePos here(int depth) {
            SourcePos at = pos(source, parser.currentTokenLocation());
            if (depth > limits.maxDepth()) {
                throw EditoException.input(at, "YAML nested deeper than " + limits.maxDepth() + " levels");
            }
            return at;
        }

        /** The list whose START_ARRAY is the current token, its items handed to {@link #streamed}: as {@link #node}. */
        private YList streamList(int depth) throws IOException {
            SourcePos at = here(depth);
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                YNode item = node(t, depth + 1);
                try {
                    streamed.item(item);
                } catch (EditoException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new ItemFailure(e);
                }
            }
            count(1, at);
            return new YList(List.of(), at);
        }

        private long size(YNode n) {
            Long cached = sizes.get(n);
            if (cached != null) {
                return cached;
            }
            long s = 1;
            if (n instanceof YMap m) {
                for (YMap.Entry e : m.all()) {
                    s += size(e.value());
                }
            } else if (n instanceof YList l) {
                for (YNode i : l.items()) {
                    s += size(i);
                }
            }
            s = Math.min(s, Long.MAX_VALUE / 4);
            sizes.put(n, s);
            return s;
        }

        private void count(long n, SourcePos at) {
            expanded += n;
            if (expanded > limits.maxNodes()) {
                throw EditoException.input(at, "YAML expands to more than " + limits.maxNodes()
                        + " nodes (aliases expanding exponentially, a \"billion laughs\"?)");
            }
        }
    }

    /** Keys allowed in a mapping: an unknown one is reported with a suggestion. */
    public static String unknownKeyMessage(String key, java.util.Collection<String> allowed, String where) {
        return "unknown key '" + key + "'" + (where == null ? "" : " in " + where) + Suggest.didYouMean(key, allowed);
    }
}
