package org.custodian.storage;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.custodian.shared.DaemonThreads;

/**
 * An output stream onto a file opened with {@code O_DIRECT}. Bytes collect in block-aligned buffers outside
 * the heap; a full buffer is written at its place in the file by an I/O thread while the writer fills the
 * next, so the time a direct write waits for the device overlaps the work that produces the bytes. The
 * last buffer is padded to a whole block and the file cut back to its length by {@link #finish}. Nothing is
 * forced: the caller does that. Closing waits for any write still in flight, even after a failure, since a
 * buffer cannot be reused while the device may still read it.
 */
final class DirectFileOutput extends OutputStream {

    static final int BUFFER_SIZE = 1 << 20;
    /** One buffer filling while the other is on its way to the device. */
    private static final int BUFFERS = 2;
    private static final int KEEP_IDLE = 32;
    private static final byte[] ZEROS = new byte[4096];
    // Direct memory is freed only when the collector gets round to its buffer, so a few are kept and reused.
    private static final ConcurrentLinkedQueue<ByteBuffer> IDLE = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger IDLE_COUNT = new AtomicInteger();
    private static final ExecutorService IO = Executors.newCachedThreadPool(DaemonThreads.named("footage-io-"));

    private final FileChannel channel;
    private final int alignment;
    private final ByteBuffer[] buffers = new ByteBuffer[BUFFERS];
    private final Future<?>[] writes = new Future<?>[BUFFERS];
    private int current;
    private long position;
    private long count;
    private boolean finished;

    DirectFileOutput(FileChannel channel, int alignment) {
        this.channel = channel;
        this.alignment = alignment;
        for (int i = 0; i < BUFFERS; i++) {
            buffers[i] = take(alignment);
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] source, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, source.length);
        if (finished) {
            throw new IOException("The file is already finished");
        }
        while (length > 0) {
            ByteBuffer buffer = buffers[current];
            int n = Math.min(length, buffer.remaining());
            buffer.put(source, offset, n);
            offset += n;
            length -= n;
            count += n;
            if (!buffer.hasRemaining()) {
                dispatch();
            }
        }
    }

    /**
     * Writes what is left, padded to a whole block, waits until every write has returned, and cuts the file
     * to the bytes written; returns their number.
     */
    long finish() throws IOException {
        if (finished) {
            return count;
        }
        ByteBuffer last = buffers[current];
        if (last.position() > 0) {
            int padded = (last.position() + alignment - 1) / alignment * alignment;
            while (last.position() < padded) {
                last.put(ZEROS, 0, Math.min(ZEROS.length, padded - last.position()));
            }
            last.flip();
            writeFully(last, position);
            last.clear();
        }
        for (int i = 0; i < BUFFERS; i++) {
            await(i);
        }
        if (count % alignment != 0) {
            channel.truncate(count);
        }
        finished = true;
        return count;
    }

    @Override
    public void close() {
        boolean interrupted = false;
        for (int i = 0; i < BUFFERS; i++) {
            while (writes[i] != null) {
                try {
                    writes[i].get();
                    writes[i] = null;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    writes[i] = null; // Reported by finish() or dispatch(), or superseded by the caller's failure.
                }
            }
        }
        for (int i = 0; i < BUFFERS; i++) {
            if (buffers[i] != null) {
                give(buffers[i]);
                buffers[i] = null;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void dispatch() throws IOException {
        ByteBuffer full = buffers[current];
        full.flip();
        long at = position;
        writes[current] = IO.submit(() -> {
            writeFully(full, at);
            return null;
        });
        position += full.limit();
        current = (current + 1) % BUFFERS;
        await(current);
        buffers[current].clear();
    }

    private void writeFully(ByteBuffer buffer, long at) throws IOException {
        long offset = at;
        while (buffer.hasRemaining()) {
            offset += channel.write(buffer, offset);
        }
    }

    private void await(int index) throws IOException {
        Future<?> write = writes[index];
        if (write == null) {
            return;
        }
        try {
            write.get();
            writes[index] = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while writing footage");
        } catch (ExecutionException e) {
            writes[index] = null;
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("A direct write failed", e.getCause());
        }
    }

    private static ByteBuffer take(int alignment) {
        ByteBuffer buffer = IDLE.poll();
        if (buffer != null) {
            IDLE_COUNT.decrementAndGet();
            if (buffer.alignmentOffset(0, alignment) == 0) {
                return buffer.clear();
            }
        }
        return ByteBuffer.allocateDirect(BUFFER_SIZE + alignment).alignedSlice(alignment).slice(0, BUFFER_SIZE);
    }

    private static void give(ByteBuffer buffer) {
        if (IDLE_COUNT.incrementAndGet() <= KEEP_IDLE) {
            IDLE.offer(buffer);
        } else {
            IDLE_COUNT.decrementAndGet();
        }
    }
}
