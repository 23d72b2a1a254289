package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class VerifiedBodyTest {

    private static final byte[] BODY = "footage bytes".getBytes(StandardCharsets.UTF_8);
    private static final String MD5 = Capability.md5(BODY);

    @Test
    void passesABodyThatMatchesItsETagAndLength() throws IOException {
        VerifiedBody body = new VerifiedBody(new ByteArrayInputStream(BODY), BODY.length,
                "\"" + MD5.toUpperCase() + "\"", false);
        assertThat(body.readAllBytes()).isEqualTo(BODY);
        assertThat(body.md5()).isEqualTo(MD5);
        assertThat(body.count()).isEqualTo(BODY.length);
    }

    @Test
    void failsBeforeHandingOnTheLastBytesWhenTheETagDiffers() throws IOException {
        VerifiedBody body = new VerifiedBody(new ByteArrayInputStream(BODY), BODY.length, "0".repeat(32), false);
        byte[] firstPart = body.readNBytes(BODY.length - 1);
        assertThat(firstPart).hasSize(BODY.length - 1);
        assertThatThrownBy(body::read).isInstanceOf(ETagMismatchException.class);
    }

    @Test
    void failsAtTheEndOfAChunkedBodyWhenTheETagDiffers() {
        VerifiedBody body = new VerifiedBody(new ByteArrayInputStream(BODY), -1, "0".repeat(32), false);
        assertThatThrownBy(body::readAllBytes).isInstanceOf(ETagMismatchException.class);
    }

    @Test
    void failsWhenTheBodyEndsBeforeItsContentLength() {
        VerifiedBody body = new VerifiedBody(new ByteArrayInputStream(BODY), BODY.length + 10, null, false);
        assertThatThrownBy(body::readAllBytes).isInstanceOf(BodyTruncatedException.class)
                .hasMessageContaining("only " + BODY.length);
    }

    @Test
    void failsWhenTheBodyRunsPastItsContentLength() {
        VerifiedBody body = new VerifiedBody(new ByteArrayInputStream(BODY), 4, null, false);
        assertThatThrownBy(body::readAllBytes).isInstanceOf(BodyTruncatedException.class);
    }

    @Test
    void acceptsABodyWithoutAnETagAndTakesNoMd5OfIt() throws IOException {
        VerifiedBody body = new VerifiedBody(new ByteArrayInputStream(BODY), BODY.length, null, false);
        assertThat(body.readAllBytes()).isEqualTo(BODY);
        assertThat(body.md5()).isNull();
        assertThat(body.count()).isEqualTo(BODY.length);
    }

    @Test
    void takesTheMd5OfABodyWithoutAnETagWhenAskedTo() throws IOException {
        VerifiedBody body = new VerifiedBody(new ByteArrayInputStream(BODY), BODY.length, null, true);
        assertThat(body.readAllBytes()).isEqualTo(BODY);
        assertThat(body.md5()).isEqualTo(MD5);
    }

    @Test
    void keepsRefusingABodyWhoseETagDiffered() {
        VerifiedBody body = new VerifiedBody(new ByteArrayInputStream(BODY), -1, "0".repeat(32), false);
        assertThatThrownBy(body::readAllBytes).isInstanceOf(ETagMismatchException.class);
        assertThatThrownBy(body::read).isInstanceOf(ETagMismatchException.class);
    }
}
