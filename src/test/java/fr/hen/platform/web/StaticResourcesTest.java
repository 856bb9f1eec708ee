package fr.hen.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Styles, scripts and the WebJars' version-free URLs are served without sign-in; page links are not rewritten. */
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
}
