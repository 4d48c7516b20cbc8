package io.kbplatform.content.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class UsernamesTest {

  @Test
  void namesThatDifferOnlyInCaseAreTheSameName() {
    assertEquals("alice", Usernames.canonical("Alice"));
    assertEquals(Usernames.canonical("ALICE"), Usernames.canonical("alice"));
    assertEquals(
        Usernames.canonical("Bob.Smith@Example"), Usernames.canonical("bob.smith@example"));
  }

  @Test
  void fullWidthAndCompatibilityFormsAreTheSameNameAsTheirPlainForms() {
    assertEquals("alice", Usernames.canonical("ａｌｉｃｅ"));
    assertEquals("alice", Usernames.canonical("ＡＬＩＣＥ"));
    assertEquals("c1", Usernames.canonical("ℂ①"));
  }

  @Test
  void theCanonicalFormIsStableAndNeverCarriesUpperCase() {
    for (String name : new String[] {"İstanbul", "ΣΊΣΥΦΟΣ", "Straße", "ǅemal", "ﬁle"}) {
      String canonical = Usernames.canonical(name);
      assertEquals(canonical, Usernames.canonical(canonical), name);
      assertFalse(canonical.chars().anyMatch(Character::isUpperCase), canonical);
    }
  }

  @Test
  void differentNamesStayDifferent() {
    assertNotEquals(Usernames.canonical("alice"), Usernames.canonical("alice2"));
    assertNotEquals(Usernames.canonical("a.lice"), Usernames.canonical("alice"));
  }

  @Test
  void noTypedNameCanMatchTheMarkOfAClashedAccount() {
    assertFalse(Usernames.canonical("CLASH:123").startsWith(Usernames.CLASH_PREFIX));
  }
}
