package org.banli.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeskServletTest {

    @Test
    void theRootIsTheDeskAndFilesMapIntoItsFolder() {
        assertThat(DeskServlet.file("/")).contains("desk/index.html");
        assertThat(DeskServlet.file("")).contains("desk/index.html");
        assertThat(DeskServlet.file("/js/pages/item.js")).contains("desk/js/pages/item.js");
        assertThat(DeskServlet.file("/desk.css")).contains("desk/desk.css");
        assertThat(DeskServlet.file("/reference/")).contains("desk/reference/index.html");
    }

    @Test
    void nothingOutsideTheDeskFolderOrOfAnUnknownKindIsServed() {
        assertThat(DeskServlet.file("/../OSGI-INF/x.xml")).isEmpty();
        assertThat(DeskServlet.file("/js/../../etc/passwd.js")).isEmpty();
        assertThat(DeskServlet.file("/%2e%2e/index.html")).isEmpty();
        assertThat(DeskServlet.file("/org/banli/web/internal/DeskServlet.class"))
                .isEmpty();
        assertThat(DeskServlet.file("/META-INF/MANIFEST.MF")).isEmpty();
        assertThat(DeskServlet.file("//index.html")).isEmpty();
        assertThat(DeskServlet.file("/.hidden.js")).isEmpty();
        // Deeper than the desk's folders: refused without walking the path (a pattern over it overflowed the stack).
        assertThat(DeskServlet.file("/" + "a/".repeat(2000) + "x.js")).isEmpty();
        assertThat(DeskServlet.file("/" + "a/".repeat(7) + "x.js")).contains("desk/" + "a/".repeat(7) + "x.js");
    }

    @Test
    void everyFileTheDeskNeedsIsInTheBundle() {
        for (String file : new String[] {"/", "/desk.css", "/js/app.js", "/js/api.js", "/js/i18n.js", "/js/dom.js"}) {
            String entry = DeskServlet.file(file).orElseThrow();
            assertThat(DeskServletTest.class.getClassLoader().getResource(entry))
                    .as(entry)
                    .isNotNull();
        }
    }
}
