package io.kbplatform.content.space;

import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.common.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Creates and looks up spaces. */
@ApplicationScoped
public class SpaceService {

  private SpaceRepository spaces;
  private Clock clock;

  protected SpaceService() {}

  @Inject
  public SpaceService(SpaceRepository spaces, Clock clock) {
    this.spaces = spaces;
    this.clock = clock;
  }

  @Transactional
  public Space create(NewSpace request, String by) {
    if (spaces.findByKey(request.key()).isPresent()) {
      throw new ConflictException("A space with key '" + request.key() + "' already exists.");
    }
    Space space =
        new Space(request.key(), request.name(), request.description(), by, clock.instant());
    spaces.add(space);
    return space;
  }

  public Space get(String key) {
    return spaces.findByKey(key).orElseThrow(() -> new NotFoundException("Space", key));
  }

  public List<Space> list() {
    return spaces.findAll();
  }
}
