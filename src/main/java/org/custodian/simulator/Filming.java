package org.custodian.simulator;

import java.nio.file.Path;

/** Makes the clip a camera would have recorded for the given footage, into the given file. */
@FunctionalInterface
public interface Filming {

    ClipFile film(Path file, Footage footage);
}
