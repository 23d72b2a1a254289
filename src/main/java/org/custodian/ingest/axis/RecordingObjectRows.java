package org.custodian.ingest.axis;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The objects of one container, written under the container's row lock so that requests for the same
 * container, on any node, take turns over the rows (the bytes themselves stream outside the lock).
 */
@Component
class RecordingObjectRows {

    private final ContainerRows containers;
    private final ObjectRows objects;
    private final TransactionTemplate transactions;

    RecordingObjectRows(ContainerRows containers, ObjectRows objects, TransactionTemplate transactions) {
        this.containers = containers;
        this.objects = objects;
        this.transactions = transactions;
    }

    void save(ObjectRow row) {
        transactions.executeWithoutResult(tx -> {
            containers.lock(row.container());
            objects.save(row);
        });
    }

    Optional<ObjectRow> find(String container, String object) {
        return objects.find(container, object);
    }

    List<ObjectRow> all(String container) {
        return objects.inContainer(container);
    }

    /** The key object that belongs to {@code content}, if it has arrived. */
    Optional<KeyObject> keyFor(String container, String content) {
        return keyRowFor(all(container), content).map(key -> KeyObject.parse(key.content()));
    }

    static Optional<ObjectRow> keyRowFor(List<ObjectRow> objects, String content) {
        return objects.stream().filter(o -> o.kind() == ObjectName.Kind.KEY && o.content() != null)
                .filter(o -> new ObjectName(o.name(), ObjectName.Kind.KEY).isKeyFor(content)).findFirst();
    }
}
