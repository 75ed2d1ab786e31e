package io.resume.architecture.broken.a;

import io.resume.architecture.broken.b.Beta;

/** Half of a package cycle the architecture test must catch: a → b. */
public final class Alpha {
  Beta beta;
}
