package org.sitrep.geo;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.domain.Article;

/**
 * The country a publisher writes from, by the country-code top-level domain of its address: a paper
 * on www.cbc.ca writes for Canadians, so its "London" leans to Ontario a little. One of the document's
 * context countries, with the countries of its actors.
 */
public final class PublisherLocale {
  /** Country codes sold as generic names (".io", ".tv", ".fm"): they say nothing of where a site is. */
  private static final Set<String> GENERIC_USE = org.sitrep.text.WordLists.bundled().words("PublisherLocale.GENERIC_USE");
  private static final Pattern URL = Pattern.compile("^[a-z][a-z0-9+.-]*://", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOMAIN = Pattern.compile("^[a-z0-9-]+(\\.[a-z0-9-]+)+$");

  private PublisherLocale() {
  }

  /** The publisher's country for an article, from its URL or a source given as a domain; none if neither says. */
  public static Optional<String> countryOf(Article article) {
    Optional<String> fromUrl = URL.matcher(article.location()).find() ? countryOf(article.location()) : Optional.empty();
    return fromUrl.isPresent() ? fromUrl : countryOf(article.source());
  }

  /** Country of a domain or URL by its country-code TLD (".co.uk" → GB); none for .com and the like. */
  public static Optional<String> countryOf(String domainOrUrl) {
    String host = URL.matcher(domainOrUrl.strip()).replaceFirst("").replaceFirst("[/:?#].*", "")
        .toLowerCase(Locale.ROOT);
    if (!DOMAIN.matcher(host).matches()) {
      return Optional.empty(); // a file path or a site's name ("VOA"), not an address
    }
    String tld = host.substring(host.lastIndexOf('.') + 1);
    if (tld.length() != 2 || GENERIC_USE.contains(tld)) {
      return Optional.empty();
    }
    return Optional.of(tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT));
  }
}
