package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A geoparsing gold set: news articles with their toponyms' spans and coordinates. Reads the two
 * published formats: TR-News (Kamalloo and Rafiei 2018: {@code phrase}, {@code gaztag/lat|lon}) and
 * GeoWebNews (Gritta et al. 2019: {@code extractedName}, {@code geonamesID}, {@code latitude|longitude}).
 */
public record GeoDataset(String name, List<Doc> docs) {

  /** A gold toponym: its span in the article text and where it is. */
  public record Toponym(int start, int end, String text, double lat, double lon, String geonameId, String type) {
  }

  /** A gold article. */
  public record Doc(String id, String text, String domain, List<Toponym> toponyms) {
  }

  public int toponymCount() {
    return docs.stream().mapToInt(d -> d.toponyms().size()).sum();
  }

  /** Reads a dataset file; the XML parser refuses DTDs and external entities. */
  public static GeoDataset read(Path file) throws IOException {
    Document xml;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      xml = b.parse(file.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + ": not a readable geoparsing dataset: " + e.getMessage(), e);
    }
    List<Doc> docs = new ArrayList<>();
    NodeList articles = xml.getElementsByTagName("article");
    for (int i = 0; i < articles.getLength(); i++) {
      Element a = (Element) articles.item(i);
      String id = !a.getAttribute("docid").isEmpty() ? a.getAttribute("docid") : a.getAttribute("file");
      String text = child(a, "text");
      String domain = !child(a, "domain").isEmpty() ? child(a, "domain") : child(a, "link");
      List<Toponym> toponyms = new ArrayList<>();
      NodeList tops = a.getElementsByTagName("toponym");
      for (int j = 0; j < tops.getLength(); j++) {
        Element t = (Element) tops.item(j);
        String lat = first(t, "lat", "latitude");
        String lon = first(t, "lon", "longitude");
        Element gaz = firstElement(t, "gaztag");
        String geonameId = gaz != null ? gaz.getAttribute("geonameid") : child(t, "geonamesID");
        // Scored: toponyms linked to GeoNames with coordinates. GeoWebNews also marks streets and
        // buildings with bare coordinates, and non-toponyms without any; geocoding papers leave those out.
        if (lat.isEmpty() || lon.isEmpty() || geonameId.isEmpty()) {
          continue;
        }
        String surface = first(t, "phrase", "extractedName");
        int givenStart = Integer.parseInt(child(t, "start"));
        int start = aligned(text, surface, givenStart);
        int end = start == givenStart ? Integer.parseInt(child(t, "end")) : start + surface.length();
        toponyms.add(new Toponym(start, end, surface, Double.parseDouble(lat), Double.parseDouble(lon), geonameId,
            child(t, "type")));
      }
      docs.add(new Doc(id, text, domain, toponyms));
    }
    return new GeoDataset(file.getFileName().toString(), docs);
  }

  /**
   * Where a gold toponym's text really starts. Some TR-News articles carry offsets that drift a few
   * characters per paragraph from the published text (counted on a differently normalised copy); the
   * phrase is then found at its occurrence nearest the given offset, within {@value #MAX_DRIFT}
   * characters. Offsets that point at the phrase are kept as they are.
   */
  static int aligned(String text, String phrase, int start) {
    if (start >= 0 && start + phrase.length() <= text.length() && text.startsWith(phrase, start)) {
      return start;
    }
    int best = start;
    int bestDrift = MAX_DRIFT + 1;
    for (int i = text.indexOf(phrase, Math.max(0, start - MAX_DRIFT)); i >= 0 && i <= start + MAX_DRIFT;
         i = text.indexOf(phrase, i + 1)) {
      if (Math.abs(i - start) < bestDrift) {
        bestDrift = Math.abs(i - start);
        best = i;
      }
    }
    return best;
  }

  private static final int MAX_DRIFT = 200;

  private static String first(Element e, String... names) {
    for (String n : names) {
      String v = child(e, n);
      if (!v.isEmpty()) {
        return v;
      }
    }
    return "";
  }

  /** Text of the first descendant element with that name, trimmed; "" if none. */
  private static String child(Element e, String name) {
    Element c = firstElement(e, name);
    return c == null ? "" : name.equals("text") ? c.getTextContent() : c.getTextContent().strip();
  }

  private static Element firstElement(Element e, String name) {
    NodeList l = e.getElementsByTagName(name);
    for (int i = 0; i < l.getLength(); i++) {
      if (l.item(i).getNodeType() == Node.ELEMENT_NODE) {
        return (Element) l.item(i);
      }
    }
    return null;
  }
}
