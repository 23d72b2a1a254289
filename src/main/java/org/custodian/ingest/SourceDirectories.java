package org.custodian.ingest;

import java.util.List;

/** What a protocol adapter's source says of its own users and devices, where that matters to the docks. */
public interface SourceDirectories {

    /** Users and devices the source has marked inactive, those that sent footage since first, then newest. */
    List<InactiveAtSource> inactive(int limit);
}
