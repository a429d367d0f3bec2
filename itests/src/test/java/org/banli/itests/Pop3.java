package org.banli.itests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a mailbox of {@link MailServer} over POP3 from inside the container; login and password are the address. */
final class Pop3 {

    private Pop3() {}

    /** Every message in the mailbox of {@code address}, as the raw text the server keeps.  */
    static List<String> mailbox(String address) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", Integer.getInteger(MailServer.POP3_PORT));
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII)) {
            expectOk(in.readLine());
            command(in, out, "USER " + address);
            command(in, out, "PASS " + address);
            String stat = command(in, out, "STAT");
            int count = Integer.parseInt(stat.split(" ")[1]);
            List<String> messages = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                command(in, out, "RETR " + i);
                StringBuilder message = new StringBuilder();
                for (String line = in.readLine(); !".".equals(line); line = in.readLine()) {
                    message.append(line.startsWith("..") ? line.substring(1) : line)
                            .append('\n');
                }
                messages.add(message.toString());
            }
            command(in, out, "QUIT");
            return messages;
        }
    }

    private static String command(BufferedReader in, Writer out, String command) throws IOException {
        out.write(command + "\r\n");
        out.flush();
        return expectOk(in.readLine());
    }

    private static String expectOk(String answer) throws IOException {
        if (answer == null || !answer.startsWith("+OK")) {
            throw new IOException("POP3: " + answer);
        }
        return answer;
    }
}
