package org.custodian.ingest.axis;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.custodian.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The storage operations the body worn system uses, by container: {@code System} objects are kept,
 * {@code Users} and {@code Devices} objects update the directory and the fleet, and recording objects go to
 * ingest (clips) or are kept for linking (keys, tracks, bookmarks).
 */
@Component
class SwiftStorage {

    private final AxisContainers containers;
    private final AxisDirectory directory;
    private final RecordingObjectRows rows;
    private final ClipIngestion clips;
    private final SmallObjects smallObjects;
    private final RecordingCompletion completion;

    SwiftStorage(AxisContainers containers, AxisDirectory directory, RecordingObjectRows rows, ClipIngestion clips,
            SmallObjects smallObjects, RecordingCompletion completion) {
        this.containers = containers;
        this.directory = directory;
        this.rows = rows;
        this.clips = clips;
        this.smallObjects = smallObjects;
        this.completion = completion;
    }

    /** PUT or POST on a container; true when it was created. A recording completes when Status says so. */
    boolean container(String name, Metadata metadata) throws IOException {
        ContainerName parsed = ContainerName.parse(name);
        Optional<ContainerRow> existing = parsed.isRecording() ? containers.find(name) : Optional.empty();
        if (existing.isPresent() && completes(existing.get().metadata().merge(metadata))) {
            // The usual end of a recording (POST Status: Complete): the metadata commits with the completion.
            completion.complete(existing.get(), metadata);
            return false;
        }
        boolean created = containers.createOrUpdate(parsed, metadata, existing);
        ContainerRow row = containers.require(name);
        if (parsed.isRecording() && completes(row.metadata())) {
            completion.complete(row, Metadata.empty());
        }
        return created;
    }

    private static boolean completes(Metadata metadata) {
        return "complete".equalsIgnoreCase(metadata.get("Status"));
    }

    void putObject(String container, String object, Metadata metadata, InputStream body, long length, String etag)
            throws IOException {
        ContainerName parsed = ContainerName.parse(container);
        if (!parsed.isRecording()) {
            describe(parsed, object, metadata);
            return;
        }
        ContainerRow row = containers.require(container);
        ObjectName name = ObjectName.inRecording(object);
        if (name.kind() == ObjectName.Kind.CLIP) {
            clips.receive(row, object, metadata.withoutEmpty(), body, length, etag);
        } else {
            smallObjects.receive(row, name, metadata.withoutEmpty(), body, length, etag);
        }
    }

    /** POST on an object replaces its metadata; for users and devices that is an update like PUT. */
    void postObject(String container, String object, Metadata metadata) {
        ContainerName parsed = ContainerName.parse(container);
        if (!parsed.isRecording()) {
            describe(parsed, object, metadata);
            return;
        }
        ObjectRow row = rows.find(container, object).orElseThrow(() -> new NotFoundException("Object", object));
        rows.save(row.withMetadata(metadata.withoutEmpty()));
    }

    private void describe(ContainerName container, String object, Metadata metadata) {
        ObjectName.Kind kind = switch (container.kind()) {
            case USERS -> ObjectName.Kind.USER;
            case DEVICES -> ObjectName.Kind.DEVICE;
            default -> ObjectName.Kind.SYSTEM;
        };
        ObjectName name = ObjectName.of(object, kind);
        containers.ensure(container);
        if (kind == ObjectName.Kind.USER) {
            directory.recordUser(name.value(), metadata);
        } else if (kind == ObjectName.Kind.DEVICE) {
            directory.recordDevice(name.value(), metadata);
        }
        rows.save(ObjectRow.of(container.value(), name.value(), kind, metadata.withoutEmpty()));
    }
}
