package io.kbplatform.search.indexing;

import io.kbplatform.search.rebuild.RebuildTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A rebuild that runs or not, as the test says, and notes the articles written into it. */
final class RunningRebuild extends RebuildTarget {

  Optional<Target> running = Optional.empty();
  final List<String> changed = new ArrayList<>();

  @Override
  public Optional<Target> current() {
    return running;
  }

  @Override
  public void changed(Target target, String articleId) {
    changed.add(articleId);
  }
}
