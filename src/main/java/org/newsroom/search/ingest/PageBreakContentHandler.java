package org.newsroom.search.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Writes a form feed after each {@code <div class="page">} of Tika's PDF output, so {@link PdfTextCleaner} can tell
 * pages apart and remove running headers and footers. One instance per parse.
 */
final class PageBreakContentHandler extends ContentHandlerDecorator {

    static final char PAGE_BREAK = '\f';
    private static final char[] BREAK = {'\n', PAGE_BREAK, '\n'};
    private final Deque<Boolean> openDivs = new ArrayDeque<>();

    PageBreakContentHandler(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        if ("div".equals(localName)) {
            openDivs.push("page".equals(atts.getValue("class")));
        }
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        super.endElement(uri, localName, name);
        if ("div".equals(localName) && !openDivs.isEmpty() && openDivs.pop()) {
            super.characters(BREAK, 0, BREAK.length);
        }
    }
}
