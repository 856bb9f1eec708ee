package fr.hen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class PageLinksTest {

  @AfterEach
  void noRequest() {
    RequestContextHolder.resetRequestAttributes();
  }

  @Test
  void aLinkToAnotherPage_keepsTheQuery_andIsAPath_whateverTheHostHeader() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin/users");
    request.addHeader("Host", "evil.example");
    request.setServerName("evil.example");
    request.setQueryString("q=jean%20pierre&page=1&sort=NAME");
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

    assertThat(new PageLinks().with("page", 2)).isEqualTo("/admin/users?q=jean%20pierre&sort=NAME&page=2");
  }
}
