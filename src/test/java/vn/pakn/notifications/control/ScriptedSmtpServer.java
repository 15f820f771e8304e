package vn.pakn.notifications.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal SMTP server for failure cases GreenMail cannot produce: it speaks the protocol normally
 * but answers {@code RCPT TO} (or {@code DATA}'s end) with a scripted reply, e.g. {@code 550 5.1.1
 * no such user}. Serves connections one after another on a daemon thread.
 */
final class ScriptedSmtpServer implements AutoCloseable {

  private final ServerSocket socket;
  private final String rcptReply;
  private final String dataReply;
  private final Thread thread;

  ScriptedSmtpServer(String rcptReply, String dataReply) throws IOException {
    this.socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    this.rcptReply = rcptReply;
    this.dataReply = dataReply;
    this.thread = new Thread(this::serve, "scripted-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        converse(client);
      } catch (IOException closed) {
        // the test is over, or the client went away
      }
    }
  }

  private void converse(Socket client) throws IOException {
    var in =
        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
    Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8);
    reply(out, "220 scripted.test ESMTP");
    String line;
    while ((line = in.readLine()) != null) {
      String command = line.toUpperCase(Locale.ROOT);
      if (command.startsWith("EHLO") || command.startsWith("HELO")) {
        reply(out, "250 scripted.test");
      } else if (command.startsWith("MAIL FROM")) {
        reply(out, "250 2.1.0 OK");
      } else if (command.startsWith("RCPT TO")) {
        reply(out, rcptReply);
      } else if (command.equals("DATA")) {
        reply(out, "354 go ahead");
        while ((line = in.readLine()) != null && !line.equals(".")) {
          // the message is not kept
        }
        reply(out, dataReply);
      } else if (command.equals("QUIT")) {
        reply(out, "221 bye");
        return;
      } else {
        reply(out, "250 OK");
      }
    }
  }

  private static void reply(Writer out, String line) throws IOException {
    out.write(line + "\r\n");
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
