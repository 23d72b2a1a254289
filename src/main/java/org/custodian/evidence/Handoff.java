package org.custodian.evidence;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The bounded hand-off between the thread that reads and hashes an upload and the thread that encrypts
 * and writes it. A fixed set of buffers circulates between the two, so an upload holds the same few
 * megabytes whatever its size, and a fast reader waits for a slow store instead of filling the heap.
 */
final class Handoff {

    record Chunk(byte[] buffer, int length) {
    }

    private static final Chunk END = new Chunk(new byte[0], 0);
    private static final Chunk ABORT = new Chunk(new byte[0], -1);

    private final BufferPool pool;
    private final BlockingQueue<byte[]> free;
    private final BlockingQueue<Chunk> full;

    Handoff(BufferPool pool, int buffers) {
        this.pool = pool;
        this.free = new ArrayBlockingQueue<>(buffers);
        // Room for every buffer plus both markers, so the reader never blocks on sending.
        this.full = new ArrayBlockingQueue<>(buffers + 2);
        for (int i = 0; i < buffers; i++) {
            free.add(pool.take());
        }
    }

    /** A buffer to fill; waits for the writer to hand one back, and fails as soon as the writer has failed. */
    byte[] freeBuffer(Future<?> writer) throws IOException {
        try {
            while (true) {
                byte[] buffer = free.poll(50, TimeUnit.MILLISECONDS);
                if (buffer != null) {
                    return buffer;
                }
                if (writer.isDone()) {
                    throw failureOf(writer);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while storing footage");
        }
    }

    void send(byte[] buffer, int length) {
        full.add(new Chunk(buffer, length));
    }

    void recycle(byte[] buffer) {
        free.offer(buffer);
    }

    void end() {
        full.add(END);
    }

    void abort() {
        full.add(ABORT);
    }

    /** The writer's next chunk; null at the end of the upload. */
    Chunk next() throws IOException {
        Chunk chunk;
        try {
            chunk = full.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while storing footage");
        }
        if (chunk == ABORT) {
            throw new IOException("The upload was abandoned before its end; nothing was stored");
        }
        return chunk == END ? null : chunk;
    }

    /** Gives the buffers back to the pool; only once the writer has finished. */
    void release() {
        for (byte[] buffer = free.poll(); buffer != null; buffer = free.poll()) {
            pool.give(buffer);
        }
    }

    static IOException failureOf(Future<?> writer) {
        try {
            writer.get();
            return new IOException("The footage writer stopped before the upload ended");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                return io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            return new IOException("Storing footage failed", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new InterruptedIOException("Interrupted while storing footage");
        }
    }
}
