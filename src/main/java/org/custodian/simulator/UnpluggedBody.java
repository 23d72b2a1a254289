package org.custodian.simulator;

import java.io.IOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;

/**
 * A request body that announces its full length but fails after a given number of bytes, so the server
 * sees exactly what a camera pulled out of its dock mid-upload produces: a truncated body, then silence.
 */
final class UnpluggedBody implements BodyPublisher {

    private final BodyPublisher whole;
    private final long cutAfter;

    UnpluggedBody(BodyPublisher whole, long cutAfter) {
        this.whole = whole;
        this.cutAfter = cutAfter;
    }

    @Override
    public long contentLength() {
        return whole.contentLength();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        whole.subscribe(new Flow.Subscriber<ByteBuffer>() {
            private Flow.Subscription upstream;
            private long sent;
            private boolean cut;

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                upstream = subscription;
                subscriber.onSubscribe(subscription);
            }

            @Override
            public void onNext(ByteBuffer buffer) {
                if (cut) {
                    return;
                }
                long room = cutAfter - sent;
                if (buffer.remaining() <= room) {
                    sent += buffer.remaining();
                    subscriber.onNext(buffer);
                    return;
                }
                cut = true;
                if (room > 0) {
                    subscriber.onNext(buffer.slice().limit((int) room));
                    sent += room;
                }
                upstream.cancel();
                subscriber.onError(new IOException("Dock unplugged after " + sent + " of " + contentLength()
                        + " bytes"));
            }

            @Override
            public void onError(Throwable failure) {
                if (!cut) {
                    subscriber.onError(failure);
                }
            }

            @Override
            public void onComplete() {
                if (!cut) {
                    subscriber.onComplete();
                }
            }
        });
    }
}
