package io.edito.check.render;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An indented XML document written through the JDK's {@link XMLStreamWriter}, which escapes markup characters.
 * Characters that XML 1.0 cannot carry at all (most C0 controls, unpaired surrogates, U+FFFE and U+FFFF) become
 * U+FFFD, and line breaks in attributes become spaces (a parser would turn them into spaces anyway).
 */
final class XmlOut {
    private final StringWriter buffer = new StringWriter();
    private final XMLStreamWriter w;
    private int depth;
    private boolean hasChildren;

    XmlOut() {
        try {
            w = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
            w.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("no XML writer in this JVM", e);
        }
    }

    XmlOut start(String name) {
        try {
            w.writeCharacters("\n" + "  ".repeat(depth));
            w.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        depth++;
        hasChildren = false;
        return this;
    }

    /** An element without children or text ({@code <name .../>}); attributes follow with {@link #attr}. */
    XmlOut empty(String name) {
        try {
            w.writeCharacters("\n" + "  ".repeat(depth));
            w.writeEmptyElement(name);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        hasChildren = true;
        return this;
    }

    XmlOut attr(String name, Object value) {
        if (value == null) {
            return this;
        }
        try {
            w.writeAttribute(name, Spans.flat(clean(value.toString())));
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** Text content of the current element, which should then have no child elements (none is indented in it). */
    XmlOut text(String s) {
        try {
            w.writeCharacters(clean(s));
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    XmlOut end() {
        depth--;
        try {
            if (hasChildren) {
                w.writeCharacters("\n" + "  ".repeat(depth));
            }
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        hasChildren = true;
        return this;
    }

    String finish() {
        try {
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return buffer.toString();
    }

    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (b != null) {
                    b.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(ok ? c : '\uFFFD');
            }
        }
        return b == null ? s : b.toString();
    }

    private static IllegalStateException failed(XMLStreamException e) {
        return new IllegalStateException("cannot write XML: " + e.getMessage(), e);
    }
}
