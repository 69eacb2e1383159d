package com.wizamart.marketplace.googlemerchant;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.exc.WstxEOFException;
import com.ctc.wstx.exc.WstxLazyException;
import com.ctc.wstx.stax.WstxInputFactory;
import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.FeedException.Reason;
import com.wizamart.marketplace.spi.FeedReader;
import com.wizamart.marketplace.spi.FeedRecord;
import com.wizamart.marketplace.spi.KnownRecords;
import com.wizamart.marketplace.spi.FeedRowError;
import com.wizamart.marketplace.spi.text.CarriedFeedException;

/**
 * Reads Google's XML feeds, RSS 2.0 ({@code <rss><channel><item>}) and Atom 1.0 ({@code <feed><entry>}), item by
 * item, in constant memory. The only class that knows the XML parser (Woodstox, through StAX and its Stax2
 * extension): a parser swap touches this class alone.
 *
 * <h2>What an item says</h2>
 * The elements of the {@code g:} namespace ({@value #GOOGLE}) by their local name ({@link GoogleAttribute}); besides
 * them what RSS and Atom name themselves, as Google documents: RSS's {@code title}, {@code link} and
 * {@code description}, Atom's {@code title}, {@code summary} (or {@code content}), {@code link href="…"} (the one
 * without {@code rel} or with {@code rel="alternate"}) and {@code id} (the product's id when there is no
 * {@code g:id}). A {@code g:} element wins over its RSS or Atom namesake. Every element and attribute of the item
 * goes to the product's raw values, named as the SPI prescribes ({@code g:shipping[2]/g:price}, {@code link@href}).
 *
 * <h2>Safety and limits</h2>
 * No DTD is read, no entity expanded, nothing external fetched: a document type declaration refuses the feed
 * ({@link FeedBytes} looks before the parser does; the parser's DTD event is the second guard), and an entity
 * reference in an item (an HTML {@code &nbsp;}, which XML does not define) makes that item a row error. Text is read
 * non-coalesced, in segments of a few thousand characters that are counted and copied only up to the limits below,
 * so no value of any size sits in memory whole. Per item: at most {@value #MAX_ITEM_CHARS} characters of text,
 * attribute values and names, and {@value #MAX_ITEM_ELEMENTS} elements; an item beyond either is a row error at its
 * line and reading goes on with the next item (the parser skips the rest of it, counting nothing). Per document, fatal
 * because the parser cannot go on past them: nesting deeper than {@value #MAX_DEPTH} elements, an attribute value
 * longer than {@value #MAX_ATTRIBUTE_CHARS} characters or more than {@value #MAX_ATTRIBUTES} attributes on one
 * element (Woodstox's own limits), more than {@value #MAX_EVENT_CHARS} characters read without the parser coming
 * back with anything (a name, comment or tag that never ends), a name longer than {@value #MAX_NAME_CHARS}
 * characters (a namespace longer than {@value #MAX_NAMESPACE_CHARS}) or more than {@value #MAX_NAMES} different
 * names in the document (the parser keeps every name it meets).
 *
 * <h2>Failures</h2>
 * A document that stops being well-formed (an unescaped {@code &}, a download cut short) or a byte that is not in its
 * encoding ends reading with a {@link FeedException} that gives the line; every item before it has been handed over.
 */
final class XmlFeedReader implements FeedReader {

    static final String GOOGLE = "http://base.google.com/ns/1.0";
    static final String ATOM = "http://www.w3.org/2005/Atom";

    static final int MAX_DEPTH = 16;
    static final int MAX_ATTRIBUTE_CHARS = 64 * 1024;
    static final int MAX_ATTRIBUTES = 64;
    static final int MAX_ITEM_CHARS = 1024 * 1024;
    static final int MAX_ITEM_ELEMENTS = 2_000;
    static final int MAX_EVENT_CHARS = 2 * 1024 * 1024;
    static final int MAX_NAME_CHARS = 256;
    static final int MAX_NAMESPACE_CHARS = 1024;
    static final int MAX_NAMES = 10_000;

    private static final XMLInputFactory2 FACTORY = factory();

    private final DecodedText text;
    private final XMLStreamReader2 xml;
    private final boolean atom;
    /** Depth of the element the parser is in: 1 is the root. */
    private int depth;
    /** Local name of the root's child the parser is in (RSS's channel). */
    private String level2;
    /** Whether the item read last had an element of the {@code g:} namespace. */
    private boolean lastItemWasGoogle;
    /**
     * The different names (elements, attributes, prefixes, namespaces) met so far: the parser keeps each one it
     * meets for the rest of the document, so their number and length are bounded here.
     */
    private final Set<String> names = new HashSet<>();
    private FeedRecord first;
    private FeedException failure;
    private boolean finished;

    private XmlFeedReader(DecodedText text, XMLStreamReader2 xml, boolean atom) {
        this.text = text;
        this.xml = xml;
        this.atom = atom;
        this.depth = 1;
    }

    private static XMLInputFactory2 factory() {
        XMLInputFactory2 factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // an undeclared entity becomes an event (the item's row error) instead of failing the whole feed
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // text in segments: a value of any size streams through without being held whole
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(WstxInputProperties.P_LAZY_PARSING, true);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_ATTRIBUTE_CHARS);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, MAX_ATTRIBUTES);
        factory.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
        // Woodstox counts a text's length across its segments and fails the document at its limit; the items' text
        // is counted here instead (MAX_ITEM_CHARS), so that an over-long value costs its item, not the feed
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, Integer.MAX_VALUE);
        factory.setProperty(XMLInputFactory2.P_AUTO_CLOSE_INPUT, false);
        return factory;
    }

    /**
     * Reads up to the first item and that item: the root must be RSS's or Atom's, and the items must be Google's
     * (use the {@code g:} namespace).
     *
     * @param text the feed's text; closed when reading ends or fails, also when this method throws.
     * @throws FeedException when the document is no Google product feed.
     */
    static XmlFeedReader open(DecodedText text) throws FeedException {
        XmlFeedReader reader = null;
        try {
            text.budget(MAX_EVENT_CHARS, () -> new FeedException(Reason.TOO_LARGE, "The feed's first "
                    + MAX_EVENT_CHARS + " characters hold no root element: not an RSS or Atom feed"));
            XMLStreamReader2 xml = (XMLStreamReader2) FACTORY.createXMLStreamReader(text);
            int event = xml.next();
            while (event != XMLStreamConstants.START_ELEMENT) {
                if (event == XMLStreamConstants.DTD) {
                    throw documentType(xml.getDTDInfo().getDTDRootName());
                }
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new FeedException(Reason.NOT_A_FEED, "The XML document has no element: not a feed");
                }
                event = xml.next();
            }
            String root = xml.getLocalName();
            if (!root.equals("rss") && !root.equals("feed")) {
                throw new FeedException(Reason.NOT_A_FEED, "The XML document's root element is <" + qualified(xml)
                        + ">, so it is no Google Merchant Center feed: expected RSS 2.0 (<rss>) or Atom 1.0 (<feed>)");
            }
            reader = new XmlFeedReader(text, xml, root.equals("feed"));
            reader.checkNames();
            boolean declared = reader.googleNamespaceDeclared();
            FeedRecord first = reader.read(KnownRecords.NONE);
            if (!declared && !reader.lastItemWasGoogle && (first == null || !reader.googleNamespaceDeclared())) {
                String kind = reader.atom ? "Atom" : "RSS";
                throw new FeedException(Reason.NOT_A_FEED, first == null
                        ? "The " + kind + " feed has no " + (reader.atom ? "entries" : "items") + " and does not "
                                + "declare Google's namespace (xmlns:g=\"" + GOOGLE + "\"): not a product feed"
                        : "The " + kind + " feed's " + (reader.atom ? "entries" : "items") + " have no Google product "
                                + "attributes (g:id, g:price, … in the namespace " + GOOGLE + "): a news or blog "
                                + "feed, not a product feed");
            }
            reader.first = first;
            if (first == null) {
                reader.close();
            }
            return reader;
        } catch (XMLStreamException e) {
            FeedException translated = reader == null ? translate(e, 0) : reader.translate(e);
            closeQuietly(text);
            throw atOpen(translated, e);
        } catch (WstxLazyException e) {
            FeedException translated = reader == null ? translate(e.getCause(), 0) : reader.translate(e.getCause());
            closeQuietly(text);
            throw atOpen(translated, e);
        } catch (FeedException | RuntimeException e) {
            closeQuietly(text);
            throw e;
        }
    }

    /** A feed must declare the {@code g:} prefix it uses: say so rather than "not well-formed". */
    private static FeedException atOpen(FeedException translated, Exception e) {
        if (String.valueOf(e.getMessage()).contains("Undeclared namespace prefix")) {
            return new FeedException(Reason.NOT_A_FEED, translated.getMessage() + ". A Google feed declares the "
                    + "namespace on its root element: xmlns:g=\"" + GOOGLE + "\"", translated.line().orElse(0), e);
        }
        return translated;
    }

    static FeedException documentType(String root) {
        return new FeedException(Reason.NOT_A_FEED, "The XML document declares a document type (<!DOCTYPE " + root
                + " …>): Google Merchant Center feeds have none, and document types and entities are not read here "
                + "(they serve only entity expansion tricks); remove the declaration");
    }

    @Override
    public FeedRecord next() throws FeedException {
        return next(KnownRecords.NONE);
    }

    /** Asks {@code known} about each item before it is mapped. */
    @Override
    public FeedRecord next(KnownRecords known) throws FeedException {
        if (failure != null) {
            throw failure;
        }
        if (first != null) {
            FeedRecord record = first;
            first = null;
            return record;
        }
        if (finished) {
            return null;
        }
        try {
            FeedRecord record = read(known);
            if (record == null) {
                close();
            }
            return record;
        } catch (XMLStreamException e) {
            throw fail(translate(e));
        } catch (WstxLazyException e) {
            throw fail(translate(e.getCause()));
        } catch (FeedException e) {
            throw fail(e);
        }
    }

    @Override
    public long bytesRead() {
        return text.bytesRead();
    }

    @Override
    public void close() {
        if (!finished) {
            finished = true;
            try {
                xml.closeCompletely();
            } catch (XMLStreamException ignored) {
                // the stream is closed below either way
            }
            closeQuietly(text);
        }
    }

    private FeedException fail(FeedException e) {
        failure = e;
        close();
        return e;
    }

    // ---------------------------------------------------------------- walking the document

    /** The next item's record, or {@literal null} at the end of the document. */
    private FeedRecord read(KnownRecords known) throws XMLStreamException, FeedException {
        while (true) {
            int event = nextEvent();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    checkNames();
                    if (depth == 2) {
                        level2 = xml.getLocalName();
                    }
                    if (isItem()) {
                        return item(known);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.END_DOCUMENT -> {
                    return null;
                }
                default -> {
                    // text, comments and the like outside items: skipped unread
                }
            }
        }
    }

    /** RSS: {@code rss/channel/item}; Atom: {@code feed/entry}. */
    private boolean isItem() {
        String name = xml.getLocalName();
        return atom ? depth == 2 && name.equals("entry")
                : depth == 3 && name.equals("item") && "channel".equals(level2);
    }

    private int nextEvent() throws XMLStreamException {
        text.budget(MAX_EVENT_CHARS, () -> new FeedException(Reason.TOO_LARGE, "Line "
                + xml.getLocation().getLineNumber() + " starts something (a tag, a name, a comment) that goes on "
                + "for more than " + MAX_EVENT_CHARS + " characters: this is not a product feed; reading stopped "
                + "there", xml.getLocation().getLineNumber()));
        return xml.next();
    }

    /** Reads the item whose start tag is the current event, up to its end tag. */
    private FeedRecord item(KnownRecords known) throws XMLStreamException, FeedException {
        Item item = new Item(xml.getLocation().getLineNumber());
        attributes(item, item.root);
        int itemDepth = depth;
        while (true) {
            int event = nextEvent();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    checkNames();
                    if (++item.elements > MAX_ITEM_ELEMENTS) {
                        return skip(item, itemDepth, null, "the item has more than " + MAX_ITEM_ELEMENTS
                                + " elements; skipped");
                    }
                    Element element = item.open(qualified(xml), xml.getNamespaceURI(), xml.getLocalName());
                    attributes(item, element);
                    if (item.tooLong()) {
                        return skip(item, itemDepth, element.key, item.tooLongMessage(element.key));
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    Element element = item.current();
                    int length = xml.getTextLength();
                    item.chars += length;
                    if (item.tooLong()) {
                        return skip(item, itemDepth, element.key, item.tooLongMessage(element.key));
                    }
                    if (element != item.root) {
                        element.text.append(xml.getTextCharacters(), xml.getTextStart(), length);
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> {
                    String name = xml.getLocalName();
                    return skip(item, itemDepth, item.current().key, "the item uses the entity &" + name + "; which "
                            + "XML does not define (an HTML entity): write the character itself, or a numeric "
                            + "reference such as &#160;; skipped");
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (depth < itemDepth) {
                        lastItemWasGoogle = item.values.hasGoogleAttribute();
                        return ItemMapping.map(item.position, item.values, item.raw, known);
                    }
                    item.close();
                }
                default -> {
                    // comments and processing instructions: not data
                }
            }
        }
    }

    private void attributes(Item item, Element element) {
        int count = xml.getAttributeCount();
        for (int i = 0; i < count; i++) {
            String prefix = xml.getAttributePrefix(i);
            String local = xml.getAttributeLocalName(i);
            String name = prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
            String value = xml.getAttributeValue(i);
            item.chars += name.length() + value.length();
            item.raw.put(element.key.isEmpty() ? "@" + name : element.key + "@" + name, value);
            if (element.linkWithHref && local.equals("href") && (prefix == null || prefix.isEmpty())) {
                element.href = value;
            }
            if (element.linkWithHref && local.equals("rel") && (prefix == null || prefix.isEmpty())) {
                element.rel = value;
            }
        }
        if (element.linkWithHref && element.href != null
                && (element.rel == null || element.rel.strip().equals("alternate"))) {
            item.values.add(GoogleAttribute.LINK, element.key + "@href", element.href, false);
        }
    }

    /** Makes the item a row error and reads past its end, keeping nothing. */
    private FeedRowError skip(Item item, int itemDepth, String field, String message)
            throws XMLStreamException, FeedException {
        String id = item.values.text(GoogleAttribute.ID);
        while (depth >= itemDepth) {
            int event = nextEvent();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                checkNames();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        lastItemWasGoogle = item.values.hasGoogleAttribute();
        return new FeedRowError(item.position, field, id, message);
    }

    /** Bounds the names of the current start tag (see {@link #names}). */
    private void checkNames() throws FeedException {
        name(xml.getPrefix(), MAX_NAME_CHARS);
        name(xml.getLocalName(), MAX_NAME_CHARS);
        name(xml.getNamespaceURI(), MAX_NAMESPACE_CHARS);
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            name(xml.getAttributePrefix(i), MAX_NAME_CHARS);
            name(xml.getAttributeLocalName(i), MAX_NAME_CHARS);
        }
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            name(xml.getNamespaceURI(i), MAX_NAMESPACE_CHARS);
        }
    }

    private void name(String name, int maxChars) throws FeedException {
        if (name == null || name.isEmpty()) {
            return;
        }
        long line = xml.getLocation().getLineNumber();
        if (name.length() > maxChars) {
            throw new FeedException(Reason.TOO_LARGE, "Line " + line + " has a name or namespace of more than "
                    + maxChars + " characters: this is not a product feed; reading stopped there", line);
        }
        if (names.add(name) && names.size() > MAX_NAMES) {
            throw new FeedException(Reason.TOO_LARGE, "The feed uses more than " + MAX_NAMES + " different element "
                    + "and attribute names (line " + line + "): this is not a product feed; reading stopped there",
                    line);
        }
    }

    private boolean googleNamespaceDeclared() {
        String prefix = xml.getNamespaceContext().getPrefix(GOOGLE);
        return prefix != null;
    }

    // ---------------------------------------------------------------- failures

    private FeedException translate(Throwable e) {
        return translate(e, xml.getLocation().getLineNumber());
    }

    private static FeedException translate(Throwable e, long lastLine) {
        FeedException carried = CarriedFeedException.in(e);
        if (carried != null) {
            return carried;
        }
        long line = lastLine;
        int column = 0;
        if (e instanceof XMLStreamException x && x.getLocation() != null && x.getLocation().getLineNumber() > 0) {
            line = x.getLocation().getLineNumber();
            column = x.getLocation().getColumnNumber();
        }
        String detail = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
        if (e instanceof WstxEOFException) {
            return new FeedException(Reason.IO, "The feed ends in the middle of its XML at line " + line + " ("
                    + detail + "): the download was probably cut short; reading stopped there", line, e);
        }
        if (detail.toLowerCase(java.util.Locale.ROOT).contains("limit")) {
            return new FeedException(Reason.TOO_LARGE, "The feed exceeds a limit at line " + line + " (" + detail
                    + "; at most " + MAX_DEPTH + " nested elements, attribute values of " + MAX_ATTRIBUTE_CHARS
                    + " characters, " + MAX_ATTRIBUTES + " attributes per element); reading stopped there", line, e);
        }
        String hint = detail.contains("missing name") ? " (an '&' that is not escaped? write it as &amp;)" : "";
        return new FeedException(Reason.IO, "The feed is not well-formed XML at line " + line
                + (column > 0 ? ", column " + column : "") + ": " + detail + hint + "; reading stopped there", line, e);
    }

    private static String qualified(XMLStreamReader2 xml) {
        String prefix = xml.getPrefix();
        return prefix == null || prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
    }

    private static void closeQuietly(DecodedText text) {
        try {
            text.close();
        } catch (IOException ignored) {
            // nothing more to read from it either way
        }
    }

    // ---------------------------------------------------------------- one item

    /** An element being read, below the item. */
    private static final class Element {

        final Element parent;
        /** The raw key: names from below the item joined by {@code /}, repeats numbered ({@code g:shipping[2]}). */
        final String key;
        final String namespace;
        final String localName;
        final StringBuilder text = new StringBuilder();
        final boolean linkWithHref;
        Map<String, Integer> children;
        boolean hasChildren;
        String href;
        String rel;
        /** For a {@code g:shipping}: its sub-attributes, by local name. */
        Map<String, String> shippingParts;

        Element(Element parent, String key, String namespace, String localName, boolean linkWithHref) {
            this.parent = parent;
            this.key = key;
            this.namespace = namespace;
            this.localName = localName;
            this.linkWithHref = linkWithHref;
        }

        String childKey(String name) {
            if (children == null) {
                children = new HashMap<>();
            }
            hasChildren = true;
            int n = children.merge(name, 1, Integer::sum);
            String own = n == 1 ? name : name + "[" + n + "]";
            return key.isEmpty() ? own : key + "/" + own;
        }
    }

    /** The item being read: its values, its raw values, and what it has cost so far. */
    private final class Item {

        final long position;
        final Element root = new Element(null, "", null, null, false);
        final ItemValues values = new ItemValues();
        final Map<String, String> raw = new LinkedHashMap<>();
        final Deque<Element> open = new ArrayDeque<>();
        long chars;
        int elements;

        Item(long position) {
            this.position = position;
            open.push(root);
        }

        Element current() {
            return open.peek();
        }

        Element open(String name, String namespace, String localName) {
            Element parent = current();
            String key = parent.childKey(name);
            // raw keys cost memory like values: an item of long names or deep paths is an item too large
            chars += key.length();
            boolean top = parent == root;
            boolean hostLink = top && localName.equals("link") && isHost(namespace);
            Element element = new Element(parent, key, namespace == null ? "" : namespace, localName, hostLink);
            if (top && GOOGLE.equals(element.namespace)) {
                values.sawGoogleAttribute();
                if (localName.equals("shipping")) {
                    element.shippingParts = new LinkedHashMap<>();
                }
            }
            // the key first, its value when the element ends: raw values in document order
            raw.put(key, "");
            open.push(element);
            return element;
        }

        /** The current element ends: its value goes where it belongs. */
        void close() {
            Element element = open.pop();
            String value = element.text.toString().strip();
            if (element.hasChildren && value.isEmpty()) {
                raw.remove(element.key);
            } else {
                raw.put(element.key, value);
            }
            Element parent = element.parent;
            if (parent == root) {
                map(element, value);
            } else if (parent.shippingParts != null) {
                parent.shippingParts.put(element.localName, value);
            }
        }

        private void map(Element element, String value) {
            if (GOOGLE.equals(element.namespace)) {
                GoogleAttribute attribute = GoogleAttribute.named(element.localName);
                if (attribute == GoogleAttribute.SHIPPING) {
                    shipping(element, value);
                } else if (attribute != null) {
                    values.add(attribute, element.key, value, true);
                }
            } else if (isHost(element.namespace)) {
                GoogleAttribute attribute = switch (element.localName) {
                    case "title" -> GoogleAttribute.TITLE;
                    case "description", "summary", "content" -> GoogleAttribute.DESCRIPTION;
                    case "link" -> element.href == null ? GoogleAttribute.LINK : null;
                    case "id" -> atom ? GoogleAttribute.ID : null;
                    default -> null;
                };
                if (attribute != null) {
                    values.add(attribute, element.key, value, false);
                }
            }
        }

        /** A nested {@code g:shipping}, or one written in the text feed's form ({@code LU::Standard:4.95 EUR}). */
        private void shipping(Element element, String value) {
            if (!element.shippingParts.isEmpty()) {
                values.addShipping(element.key, String.join(":", element.shippingParts.values()),
                        element.shippingParts);
            } else if (!value.isEmpty()) {
                values.addShipping(element.key, value, ShippingText.parts(value, ItemMapping.SHIPPING_ORDER));
            }
        }

        /** RSS's elements have no namespace, Atom's have Atom's. */
        private boolean isHost(String namespace) {
            return namespace == null || namespace.isEmpty() || ATOM.equals(namespace);
        }

        boolean tooLong() {
            return chars > MAX_ITEM_CHARS;
        }

        String tooLongMessage(String key) {
            return "the item holds more than " + MAX_ITEM_CHARS + " characters of text (1 MB; " + key
                    + " was still growing): skipped. Google allows descriptions of up to 5,000 characters";
        }
    }
}
