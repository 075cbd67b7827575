package io.simbridge.reliability.support;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Source;
import okio.Timeout;

/**
 * A body of any length, produced as it is read and never held whole: a head, a unit repeated,
 * and a tail. It counts the bytes the client pulled, so a test can prove a client stopped
 * early, and it can declare its length ({@code Content-Length}) or not (a chunked answer).
 */
public final class GeneratedBody extends ResponseBody {
  private final MediaType type;
  private final byte[] head;
  private final byte[] unit;
  private final byte[] tail;
  private final long length;
  private final boolean declareLength;
  private final AtomicLong pulled;
  private final long cutAt;

  /**
   * @param type          the media type
   * @param head          the first bytes
   * @param unit          repeated after the head
   * @param tail          the last bytes
   * @param length        the whole body's length, at least head and tail
   * @param declareLength whether {@link #contentLength()} tells it
   * @param pulled        counts the bytes read
   */
  public GeneratedBody(
      MediaType type,
      byte[] head,
      byte[] unit,
      byte[] tail,
      long length,
      boolean declareLength,
      AtomicLong pulled) {
    this(type, head, unit, tail, length, declareLength, pulled, -1);
  }

  /**
   * A body whose connection breaks after {@code cutAt} bytes: reading further throws an
   * {@link IOException}, as a reset connection does.
   *
   * @param type          the media type
   * @param head          the first bytes
   * @param unit          repeated after the head
   * @param tail          the last bytes
   * @param length        the whole body's length, at least head and tail
   * @param declareLength whether {@link #contentLength()} tells it
   * @param pulled        counts the bytes read
   * @param cutAt         where the connection breaks, -1 for never
   */
  public GeneratedBody(
      MediaType type,
      byte[] head,
      byte[] unit,
      byte[] tail,
      long length,
      boolean declareLength,
      AtomicLong pulled,
      long cutAt) {
    if (length < head.length + tail.length || unit.length == 0) {
      throw new IllegalArgumentException("length " + length + " is shorter than head and tail");
    }
    this.type = type;
    this.head = head.clone();
    this.unit = unit.clone();
    this.tail = tail.clone();
    this.length = length;
    this.declareLength = declareLength;
    this.pulled = pulled;
    this.cutAt = cutAt;
  }

  @Override
  public MediaType contentType() {
    return type;
  }

  @Override
  public long contentLength() {
    return declareLength ? length : -1;
  }

  @Override
  public BufferedSource source() {
    return Okio.buffer(
        new Source() {
          private long position;

          @Override
          public long read(Buffer sink, long byteCount) throws IOException {
            if (cutAt >= 0 && position >= cutAt) {
              throw new IOException("connection reset after " + cutAt + " bytes");
            }
            if (position >= length) {
              return -1;
            }
            long n = Math.min(byteCount, Math.min(length - position, 8192));
            if (cutAt >= 0) {
              n = Math.min(n, cutAt - position);
            }
            long end = position + n;
            while (position < end) {
              position += copy(sink, position, end);
            }
            pulled.addAndGet(n);
            return n;
          }

          @Override
          public Timeout timeout() {
            return Timeout.NONE;
          }

          @Override
          public void close() {
            // Nothing to release: the bytes are computed.
          }
        });
  }

  /** Writes the bytes from {@code p} up to the end of their part or {@code end}; returns how many. */
  private int copy(Buffer sink, long p, long end) {
    long tailStart = length - tail.length;
    if (p < head.length) {
      int n = (int) Math.min(head.length - p, end - p);
      sink.write(head, (int) p, n);
      return n;
    }
    if (p >= tailStart) {
      int from = (int) (p - tailStart);
      int n = (int) Math.min(tail.length - from, end - p);
      sink.write(tail, from, n);
      return n;
    }
    int from = (int) ((p - head.length) % unit.length);
    int n = (int) Math.min(Math.min(unit.length - from, end - p), tailStart - p);
    sink.write(unit, from, n);
    return n;
  }
}
