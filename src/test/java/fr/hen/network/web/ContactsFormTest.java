package fr.hen.network.web;

import static fr.hen.network.web.DirectoryPagesTest.COORDINATOR;
import static fr.hen.network.web.DirectoryPagesTest.partnerOf;
import static fr.hen.network.web.DirectoryPagesTest.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.network.Contact;
import fr.hen.network.OrganisationData;
import fr.hen.network.OrganisationDirectory;
import fr.hen.network.OrganisationProfile;
import fr.hen.network.OrganisationType;
import fr.hen.network.PartnershipStatus;
import fr.hen.platform.HenUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PostgresIntegrationTest
class ContactsFormTest {

  @Autowired MockMvc mvc;
  @Autowired OrganisationDirectory directory;

  OrganisationProfile organisationWith(List<Contact> contacts) {
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
        COORDINATOR, null, COORDINATOR.getAuthorities()));
    try {
      return directory.create(COORDINATOR, new OrganisationData(unique("CT-"), OrganisationType.SSIAD,
          "SSIAD Contacts", null, null, null, "Lille", null, null, null, null, PartnershipStatus.ACTIVE, null, null,
          List.of(), contacts));
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  List<Contact> contactsOf(OrganisationProfile organisation) {
    return directory.findByCode(organisation.code()).orElseThrow().contacts();
  }

  @Test
  void ownPage_showsTheContactsFormWithTheContactsAndOneEmptyRow() throws Exception {
    OrganisationProfile mine = organisationWith(List.of(new Contact("Anne Martin", "IDEC", null, "anne@example.org")));
    mvc.perform(get("/organisations/" + mine.code()).with(user(partnerOf(mine.id()))))
        .andExpect(content().string(containsString("Modifier les contacts")))
        .andExpect(content().string(containsString("name=\"rows[0].name\" value=\"Anne Martin\"")))
        .andExpect(content().string(containsString("name=\"rows[1].name\" value=\"\"")))
        .andExpect(content().string(not(containsString("name=\"rows[2].name\""))));
    mvc.perform(get("/organisations/" + mine.code()).with(user(partnerOf(mine.id() + 1))))
        .andExpect(content().string(not(containsString("Modifier les contacts"))));
  }

  @Test
  void savingTheForm_editsAddsAndRemovesContacts() throws Exception {
    OrganisationProfile mine = organisationWith(List.of(new Contact("Anne Martin", "IDEC", null, null),
        new Contact("Paul Durand", "Cadre", null, null)));
    mvc.perform(post("/organisations/" + mine.code() + "/contacts").with(csrf()).with(user(partnerOf(mine.id())))
            .param("rows[0].name", "Anne Martin").param("rows[0].role", "IDEC coordinatrice")
            .param("rows[0].email", "anne@example.org")
            .param("rows[1].name", "Paul Durand").param("rows[1].remove", "true")
            .param("rows[2].name", " Zoé Petit ").param("rows[2].phone", "03 20 00 00 00"))
        .andExpect(redirectedUrl("/organisations/" + mine.code()))
        .andExpect(flash().attribute("message", "network.contacts.saved"));
    assertThat(contactsOf(mine)).containsExactly(
        new Contact("Anne Martin", "IDEC coordinatrice", null, "anne@example.org"),
        new Contact("Zoé Petit", null, "03 20 00 00 00", null));
  }

  @Test
  void invalidEmail_isShownOnItsRow_typedValuesAreKept_andNothingIsSaved() throws Exception {
    OrganisationProfile mine = organisationWith(List.of(new Contact("Anne Martin", "IDEC", null, null)));
    HenUser partner = partnerOf(mine.id());
    MvcResult posted = mvc.perform(post("/organisations/" + mine.code() + "/contacts").with(csrf())
            .with(user(partner))
            .param("rows[0].name", "Anne Martin").param("rows[0].role", "IDEC adjointe")
            .param("rows[1].name", "Paul Durand").param("rows[1].email", "paul-at-example"))
        .andExpect(redirectedUrl("/organisations/" + mine.code()))
        .andExpect(flash().attributeExists("contactsForm", ContactsFormController.ERRORS))
        .andReturn();
    assertThat(contactsOf(mine)).containsExactly(new Contact("Anne Martin", "IDEC", null, null));
    mvc.perform(get("/organisations/" + mine.code()).with(user(partner)).flashAttrs(posted.getFlashMap()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"rows1.email-error\"")))
        .andExpect(content().string(containsString("aria-describedby=\"rows1.email-error\"")))
        .andExpect(content().string(not(containsString("id=\"rows0.email-error\""))))
        .andExpect(content().string(containsString("value=\"paul-at-example\"")))
        .andExpect(content().string(containsString("value=\"IDEC adjointe\"")));
  }

  @Test
  void rowWithoutName_isShownAsNameRequired() throws Exception {
    OrganisationProfile mine = organisationWith(List.of());
    MvcResult posted = mvc.perform(post("/organisations/" + mine.code() + "/contacts").with(csrf())
            .with(user(COORDINATOR)).param("rows[0].role", "Secrétariat"))
        .andExpect(flash().attributeExists(ContactsFormController.ERRORS))
        .andReturn();
    mvc.perform(get("/organisations/" + mine.code()).with(user(COORDINATOR)).flashAttrs(posted.getFlashMap()))
        .andExpect(content().string(containsString("id=\"rows0.name-error\"")));
    assertThat(contactsOf(mine)).isEmpty();
  }

  @Test
  void anotherPartner_isForbidden_andNothingIsSaved() throws Exception {
    OrganisationProfile other = organisationWith(List.of(new Contact("Anne Martin", null, null, null)));
    mvc.perform(post("/organisations/" + other.code() + "/contacts").with(csrf())
            .with(user(partnerOf(other.id() + 1000))).param("rows[0].name", "Intrus"))
        .andExpect(status().isForbidden());
    assertThat(contactsOf(other)).containsExactly(new Contact("Anne Martin", null, null, null));
  }
}
