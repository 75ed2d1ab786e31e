package io.resume.architecture.broken.b;

import io.resume.architecture.broken.a.Alpha;

/** The other half of the cycle: b → a. */
public final class Beta {
  Alpha alpha;
}
