package fi.aso.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Every page and include is well-formed XML whose prefixes are all bound, as Facelets parses it: an
 * unbound {@code pt:} on one button otherwise breaks the whole page, found only by a browser test
 * minutes later.
 */
class PageSourcesTest {

  @Test
  void everyPageParsesWithItsNamespacesBound() throws Exception {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
      pages = files.filter(p -> p.toString().endsWith(".xhtml")).toList();
    }
    assertThat(pages).hasSizeGreaterThan(10);
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(true);
    for (Path page : pages) {
      assertThatCode(() -> factory.newSAXParser().parse(page.toFile(), new DefaultHandler()))
          .as(page.toString())
          .doesNotThrowAnyException();
    }
  }
}
