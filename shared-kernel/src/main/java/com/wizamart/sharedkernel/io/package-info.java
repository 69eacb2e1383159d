/**
 * Streams for bytes someone else sends us: {@link com.wizamart.sharedkernel.io.BoundedInputStream} counts what is read
 * and holds it to a limit (a fetched image, a feed's body, content handed to the media store).
 */
package com.wizamart.sharedkernel.io;
