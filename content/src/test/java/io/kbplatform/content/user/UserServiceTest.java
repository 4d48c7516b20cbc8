package io.kbplatform.content.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.testing.InMemoryContent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Creating accounts: what the rest of the platform learns of a new colleague. */
class UserServiceTest {

  private final InMemoryContent content = new InMemoryContent();

  @Test
  void aNewAccountIsAnnouncedSoThatItsNameIsMaskedFromTheNextSearchOn() {
    content.userService.create(
        new NewUser("wang.fang", "王芳", "a-long-password".toCharArray(), Set.of(Role.AGENT)),
        "admin");

    assertEquals(List.of(new AccountCreated("wang.fang")), content.accountsCreated.fired());
  }

  @Test
  void aRefusedAccountIsNotAnnounced() {
    NewUser first =
        new NewUser("li.lei", "李雷", "a-long-password".toCharArray(), Set.of(Role.AGENT));
    content.userService.create(first, "admin");
    assertThrows(ConflictException.class, () -> content.userService.create(first, "admin"));

    assertEquals(1, content.accountsCreated.fired().size());
  }
}
