package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.Article;

class PublisherLocaleTest {
  private static Article article(String source, String location) {
    return new Article("a1", source, location, "", LocalDate.of(2020, 5, 7), "Body.", List.of());
  }

  @Test
  void aCountryCodeDomainNamesThePublishersCountry() {
    assertThat(PublisherLocale.countryOf("https://www.bbc.co.uk/news/world-123")).contains("GB");
    assertThat(PublisherLocale.countryOf("www.cbc.ca")).contains("CA");
    assertThat(PublisherLocale.countryOf("http://www.abc.net.au:8080/news?id=1")).contains("AU");
  }

  @Test
  void aGenericDomainOrOneSoldAsAWordNamesNoCountry() {
    assertThat(PublisherLocale.countryOf("https://www.voanews.com/a/123")).isEmpty();
    assertThat(PublisherLocale.countryOf("https://startup.io/post")).isEmpty();
    assertThat(PublisherLocale.countryOf("/data/seed/voa.txt")).isEmpty();
    assertThat(PublisherLocale.countryOf("VOA")).isEmpty();
  }

  @Test
  void anArticleIsPlacedByItsUrlThenByASourceWrittenAsADomain() {
    assertThat(PublisherLocale.countryOf(article("VOA", "https://www.aljazeera.com.qa/x"))).contains("QA");
    assertThat(PublisherLocale.countryOf(article("www.lfpress.ca", "/tmp/story.html"))).contains("CA");
    assertThat(PublisherLocale.countryOf(article("Reuters", "/tmp/story.html"))).isEmpty();
  }
}
