package eu.projectresolution.mobilisation.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP relay that holds every chunk of bytes for a fixed time before passing it on, in each direction:
 * a database server as a host reaches it over a network, for the benchmarks of commands sent one at a
 * time, whose round trips a server on the same machine answers too fast to show. Point {@code
 * MOBILISATION_BENCH_JDBC_URL} at it:
 *
 * <pre>{@code
 * java -cp benchmarks/target/mobilisation-benchmarks.jar \
 *     eu.projectresolution.mobilisation.benchmarks.NetworkDelay 15432 127.0.0.1:5432 250 &
 * MOBILISATION_BENCH_JDBC_URL=jdbc:postgresql://127.0.0.1:15432/test \
 *     java -jar benchmarks/target/mobilisation-benchmarks.jar EngineBenchmark -p store=postgresql
 * }</pre>
 *
 * <p>Arguments: the local port to listen on, the server's {@code host:port}, and the delay each way in
 * microseconds (250 gives a round trip of half a millisecond, as between two machines of one data
 * centre). Bytes keep their order; the delay is added to whatever the machine's own takes.
 */
public final class NetworkDelay {
  private NetworkDelay() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("Usage: NetworkDelay <local port> <server host:port> <delay each way, microseconds>");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    String[] server = args[1].split(":", 2);
    long delayNanos = Long.parseLong(args[2]) * 1_000;
    try (ServerSocket listening = new ServerSocket()) {
      listening.bind(new InetSocketAddress("127.0.0.1", port));
      System.err.printf("Relaying 127.0.0.1:%d to %s, %s µs each way%n", port, args[1], args[2]);
      while (true) {
        Socket client = listening.accept();
        Socket upstream = new Socket(server[0], Integer.parseInt(server[1]));
        client.setTcpNoDelay(true);
        upstream.setTcpNoDelay(true);
        relay(client, upstream, delayNanos);
        relay(upstream, client, delayNanos);
      }
    }
  }

  /** A chunk read, and when it may be written. */
  private record Chunk(byte[] bytes, long due) {}

  private static final Chunk END = new Chunk(new byte[0], 0);

  /** Starts passing what {@code from} sends on to {@code to}, each chunk {@code delayNanos} later. */
  private static void relay(Socket from, Socket to, long delayNanos) {
    BlockingQueue<Chunk> inFlight = new LinkedBlockingQueue<>();
    daemon(() -> {
      byte[] buffer = new byte[64 * 1024];
      try (InputStream in = from.getInputStream()) {
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          inFlight.add(new Chunk(Arrays.copyOf(buffer, read), System.nanoTime() + delayNanos));
        }
      } catch (IOException closed) {
        // the other side went away: end this direction too
      }
      inFlight.add(END);
    });
    daemon(() -> {
      try (OutputStream out = to.getOutputStream()) {
        for (Chunk chunk = inFlight.take(); chunk != END; chunk = inFlight.take()) {
          for (long wait = chunk.due() - System.nanoTime(); wait > 0; wait = chunk.due() - System.nanoTime()) {
            LockSupport.parkNanos(wait);
          }
          out.write(chunk.bytes());
          out.flush();
        }
      } catch (IOException closed) {
        // the other side went away: so does this connection
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        close(to);
        close(from);
      }
    });
  }

  private static void daemon(Runnable work) {
    Thread thread = new Thread(work, "network-delay");
    thread.setDaemon(true);
    thread.start();
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }
}
