package com.wizamart.marketplace.spi.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.CharBuffer;

import org.junit.jupiter.api.Test;

class LineEndsTests {

    @Test
    void turnsEveryLineEndIntoOneLineFeedAndCountsThem() {
        LineEnds lineEnds = new LineEnds();
        char[] out = new char[32];
        CharBuffer in = CharBuffer.wrap("a\r\nb\rc\nd\r\r\ne".toCharArray());

        int n = lineEnds.copy(in, out, 0, out.length);

        assertThat(new String(out, 0, n)).isEqualTo("a\nb\nc\nd\n\ne");
        assertThat(lineEnds.count()).isEqualTo(5);
        assertThat(in.hasRemaining()).isFalse();
    }

    @Test
    void aCarriageReturnAtTheEndOfOneBufferAndALineFeedAtTheStartOfTheNextAreOneLineEnd() {
        LineEnds lineEnds = new LineEnds();
        char[] out = new char[8];

        int first = lineEnds.copy(CharBuffer.wrap("ab\r".toCharArray()), out, 0, out.length);
        CharBuffer second = CharBuffer.wrap("\ncd".toCharArray());
        int next = lineEnds.copy(second, out, first, out.length - first);

        assertThat(new String(out, 0, first + next)).isEqualTo("ab\ncd");
        assertThat(lineEnds.count()).isEqualTo(1);
    }

    @Test
    void copiesNoMoreThanAskedAndLeavesTheRestInTheBuffer() {
        LineEnds lineEnds = new LineEnds();
        char[] out = new char[10];
        // a buffer over the middle of its array: position and array offset both count
        CharBuffer in = CharBuffer.wrap("xx\r\nabcdef".toCharArray(), 1, 9).slice();
        in.position(1);

        assertThat(lineEnds.copy(in, out, 5, 2)).isEqualTo(1); // \r\n consumed, one line feed written
        assertThat(out[5]).isEqualTo('\n');
        assertThat(lineEnds.copy(in, out, 0, 2)).isEqualTo(2);
        assertThat(new String(out, 0, 2)).isEqualTo("ab");
        assertThat(in.toString()).isEqualTo("cdef");
    }
}
