package io.kbplatform.content.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML events into Markdown: headings, paragraphs, lists, simple tables and link
 * text; each PowerPoint slide's first paragraph (its title) becomes a {@code ##} heading; scripts,
 * styles, the head and embedded documents are dropped.
 */
final class MarkdownContentHandler extends DefaultHandler {

  private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript");
  private static final Set<String> SKIPPED_DIVS =
      Set.of("embedded", "package-entry", "slide-master-content", "slide-layout");
  private static final Set<String> BLOCKS =
      Set.of("p", "div", "blockquote", "section", "article", "dd", "dt", "caption", "figcaption");

  private final MarkdownBuilder out;
  private final StringBuilder inline = new StringBuilder();
  private final List<Boolean> divSkips = new ArrayList<>();
  private final List<String> cells = new ArrayList<>();
  private int skipDepth;
  private int listDepth;
  private int tableDepth;
  private int preDepth;
  private boolean firstRow;
  private boolean slideTitlePending;

  MarkdownContentHandler(MarkdownBuilder out) {
    this.out = out;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    String name = localName.toLowerCase(Locale.ROOT);
    if ("div".equals(name)) {
      String cssClass = atts.getValue("class");
      boolean skip = cssClass != null && SKIPPED_DIVS.contains(cssClass);
      divSkips.add(skip);
      if (skip) {
        skipDepth++;
        return;
      }
      if ("slide-content".equals(cssClass)) {
        flushParagraph();
        slideTitlePending = true;
        return;
      }
    }
    if (SKIPPED.contains(name)) {
      skipDepth++;
    }
    if (skipDepth > 0) {
      return;
    }
    switch (name) {
      case "ul", "ol" -> {
        flushParagraph();
        listDepth++;
      }
      case "li" -> flushListItem();
      case "table" -> {
        flushParagraph();
        tableDepth++;
        firstRow = true;
      }
      case "tr" -> cells.clear();
      case "td", "th" -> inline.setLength(0);
      case "pre" -> {
        flushParagraph();
        preDepth++;
      }
      case "br" -> inline.append('\n');
      default -> {
        if (tableDepth == 0 && (BLOCKS.contains(name) || isHeading(name))) {
          flushParagraph();
        } else if (tableDepth > 0 && !inline.isEmpty()) {
          inline.append(' ');
        }
      }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    String name = localName.toLowerCase(Locale.ROOT);
    if ("div".equals(name) && !divSkips.isEmpty() && divSkips.remove(divSkips.size() - 1)) {
      skipDepth--;
      return;
    }
    if (SKIPPED.contains(name)) {
      skipDepth--;
      return;
    }
    if (skipDepth > 0) {
      return;
    }
    switch (name) {
      case "li" -> flushListItem();
      case "ul", "ol" -> {
        flushListItem();
        listDepth = Math.max(0, listDepth - 1);
        if (listDepth == 0) {
          out.endList();
        }
      }
      case "td", "th" -> {
        cells.add(inline.toString());
        inline.setLength(0);
      }
      case "tr" -> {
        out.tableRow(cells, firstRow);
        firstRow = false;
        cells.clear();
      }
      case "table" -> tableDepth = Math.max(0, tableDepth - 1);
      case "pre" -> {
        preDepth = Math.max(0, preDepth - 1);
        out.code(inline.toString());
        inline.setLength(0);
      }
      default -> {
        if (tableDepth > 0) {
          return;
        }
        if (isHeading(name)) {
          out.heading(name.charAt(1) - '0', take());
          slideTitlePending = false;
        } else if (BLOCKS.contains(name)) {
          flushParagraph();
        }
      }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (skipDepth == 0) {
      inline.append(ch, start, length);
      out.checkInline(inline.length());
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    characters(ch, start, length);
  }

  @Override
  public void endDocument() throws SAXException {
    flushParagraph();
  }

  private void flushParagraph() throws SAXException {
    if (listDepth > 0) {
      flushListItem();
      return;
    }
    if (tableDepth > 0 || preDepth > 0) {
      return;
    }
    String content = take();
    if (content.isBlank()) {
      return;
    }
    if (slideTitlePending) {
      slideTitlePending = false;
      out.heading(2, content);
    } else {
      out.paragraph(content);
    }
  }

  private void flushListItem() throws SAXException {
    out.listItem(listDepth, take());
  }

  private String take() {
    String content = inline.toString();
    inline.setLength(0);
    return content;
  }

  private static boolean isHeading(String name) {
    return name.length() == 2
        && name.charAt(0) == 'h'
        && name.charAt(1) >= '1'
        && name.charAt(1) <= '6';
  }
}
