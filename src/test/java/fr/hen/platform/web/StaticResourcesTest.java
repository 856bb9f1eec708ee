package fr.hen.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Styles, scripts and the WebJars' version-free URLs are served without sign-in and revalidated by the browser;
 * page links are not rewritten; pages are never stored.
 */
@PostgresIntegrationTest
class StaticResourcesTest {

  @Autowired MockMvc mvc;

  @Test
  void webJarsAreServedByTheirVersionFreeUrls() throws Exception {
    mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk())
        .andExpect(content().string(containsString("htmx")));
    mvc.perform(get("/webjars/echarts/dist/echarts.min.js")).andExpect(status().isOk());
  }

  @Test
  void stylesAndScriptsAreServed_andTheSignInPageLinksThemAsWritten() throws Exception {
    mvc.perform(get("/css/hen.css")).andExpect(status().isOk());
    mvc.perform(get("/js/hen.js")).andExpect(status().isOk());
    mvc.perform(get("/login")).andExpect(status().isOk())
        .andExpect(content().string(containsString("src=\"/webjars/htmx.org/dist/htmx.min.js\"")))
        .andExpect(content().string(containsString("href=\"/css/hen.css\"")));
  }

  @Test
  void staticFilesAreRevalidated_pagesAreNeverStored() throws Exception {
    String lastModified = mvc.perform(get("/css/hen.css")).andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", "no-cache"))
        .andReturn().getResponse().getHeader("Last-Modified");
    mvc.perform(get("/css/hen.css").header("If-Modified-Since", lastModified)).andExpect(status().isNotModified());
    mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(header().string("Cache-Control", "no-cache"));
    mvc.perform(get("/login")).andExpect(header().string("Cache-Control", containsString("no-store")));
  }
}
