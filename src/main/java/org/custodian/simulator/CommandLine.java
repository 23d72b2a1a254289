package org.custodian.simulator;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options and {@code --flag} switches of a simulator command, checked against what it knows. */
final class CommandLine {

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    private final Map<String, String> values = new HashMap<>();

    CommandLine(String[] args, int from, Set<String> options, Set<String> flags) {
        for (int i = from; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name != null && flags.contains(name)) {
                values.put(name, "true");
            } else if (name != null && options.contains(name) && i + 1 < args.length) {
                values.put(name, args[++i]);
            } else {
                throw new UsageException("Unknown option or missing value: " + args[i]);
            }
        }
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String text(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }

    String text(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    int number(String name, int otherwise) {
        return (int) Math.min(Integer.MAX_VALUE, bytes(name, otherwise));
    }

    long number(String name, long otherwise) {
        return bytes(name, otherwise);
    }

    /** A count, optionally with a K/M/G (powers of 1000) or KiB/MiB/GiB (powers of 1024) suffix. */
    long bytes(String name, long otherwise) {
        String value = values.get(name);
        if (value == null) {
            return otherwise;
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        String[][] units = {{"KIB", "1024"}, {"MIB", "1048576"}, {"GIB", "1073741824"}, {"K", "1000"},
            {"M", "1000000"}, {"G", "1000000000"}};
        try {
            for (String[] unit : units) {
                if (upper.endsWith(unit[0])) {
                    return Long.parseLong(upper.substring(0, upper.length() - unit[0].length()).strip())
                            * Long.parseLong(unit[1]);
                }
            }
            return Long.parseLong(upper);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not " + value);
        }
    }
}
