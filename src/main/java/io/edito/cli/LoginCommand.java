package io.edito.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edito.config.BrandConfig;
import io.edito.config.ChannelConfig;
import io.edito.config.ConfigLoader;
import io.edito.config.ProjectConfig;
import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.core.Json;
import io.edito.core.Problems;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishTarget;
import io.edito.publish.api.Settings;
import io.edito.publish.auth.Login;
import io.edito.publish.auth.LoginException;
import io.edito.publish.auth.LoginStatus;
import io.edito.publish.auth.SharedLogins;
import io.edito.publish.auth.StoredLogin;
import io.edito.yaml.YamlReader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "login", mixinStandardHelpOptions = true,
        description = {"Log a channel in to its network (X, LinkedIn, Instagram, Threads, Facebook, TikTok) and save its token "
            + "in the credentials file, or list where every channel's token comes from (--status).",
            "The token is renewed by edito publish when the network allows it."},
        footerHeading = "%nExamples:%n",
        footer = {"  edito login x", "  edito login instagram --no-browser", "  edito login --status --format json"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:logged in (or the status was listed)",
            "2:bad usage, no such channel, missing settings or variables, a credentials file refused",
            "3:the login failed (refused by the network or the user, wrong state, no redirect in time)"})
final class LoginCommand implements Callable<Integer> {
    @ParentCommand
    EditoCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CHANNEL", arity = "0..1", description = "The channel to log in (its id in edito.yaml).")
    String channel;

    @Option(names = "--brand", paramLabel = "BRAND", description = "The brand whose channel it is (when several have it).")
    String brand;

    @Option(names = "--no-browser", description = "Print the URL and read the redirected URL (or the code) pasted back.")
    boolean noBrowser;

    @Option(names = "--status", description = "List every channel with publish settings: where its token comes from, "
            + "owner, scopes, expiry (never a secret).")
    boolean status;

    @Mixin
    TextOrJson format;

    @Override
    public Integer call() {
        ProjectConfig config = config();
        PrintWriter out = spec.commandLine().getOut();
        if (status) {
            if (channel != null) {
                throw new EditoException(ExitCode.INPUT, "--status lists every channel; give no CHANNEL with it");
            }
            printStatus(LoginStatus.of(config, System.getenv()), Instant.now(), config, out);
            out.flush();
            return ExitCode.OK;
        }
        if (channel == null) {
            throw new EditoException(ExitCode.INPUT, "which channel? edito login CHANNEL (or edito login --status)");
        }
        ChannelConfig ch = find(config);
        PublishTarget target = PublishTarget.of(ch.id(), ch.publish());
        Settings s = new Settings(target);
        PublishContext ctx = PublishContext.of(config.root(), System.getenv());
        for (io.edito.config.BrandConfig b : config.brands().values()) {
            String other = b.channels().get(ch.id()) == ch ? SharedLogins.sharedWith(config, b, ch, ctx) : null;
            if (other != null) { // saving here would replace the other brand's login
                throw EditoException.input(ch.publish().pos(), SharedLogins.message(b.name(), ch, other));
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        Login.Options o = new Login.Options(noBrowser, Login.desktop(),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), err,
                Login.DEFAULT_TIMEOUT);
        StoredLogin saved;
        try {
            saved = Login.run(s, target.type(), ctx, o);
        } catch (LoginException e) {
            throw Login.failure(channel, e);
        }
        out.println("logged in: " + ch.id() + " (" + saved.network() + ")" + (saved.owner() == null ? ""
                : " as " + saved.owner()) + "; " + expiry(saved.expiresAt(), Instant.now(), zoneOf(config, ch)));
        out.flush();
        return ExitCode.OK;
    }

    private ProjectConfig config() {
        Path cfg = root.config() != null ? root.config() : ConfigLoader.find(Path.of("")).orElseThrow(() ->
                new EditoException(ExitCode.INPUT, "no edito.yaml here or in a folder above (or pass --config FILE)"));
        Problems problems = new Problems();
        ProjectConfig config = new ConfigLoader(new YamlReader(), CalendarInput.networks()).load(cfg, problems);
        int errors = CalendarInput.printProblems(problems.all(), root, spec.commandLine().getErr());
        if (errors > 0) {
            throw new EditoException(ExitCode.INPUT, errors + (errors == 1 ? " error" : " errors") + " in " + cfg
                    + " (run 'edito validate' for the full list)");
        }
        return config;
    }

    private ChannelConfig find(ProjectConfig config) {
        List<ChannelConfig> found = new ArrayList<>();
        List<String> known = new ArrayList<>();
        List<String> brands = new ArrayList<>();
        for (BrandConfig b : config.brands().values()) {
            for (ChannelConfig c : b.channels().values()) {
                if (c.publish() == null) {
                    continue;
                }
                known.add(c.id());
                if (c.id().equals(channel) && (brand == null || brand.equals(b.name()))) {
                    found.add(c);
                    brands.add(b.name());
                }
            }
        }
        if (found.isEmpty()) {
            throw new EditoException(ExitCode.INPUT, "no channel '" + channel + "'" + (brand == null ? ""
                    : " in brand '" + brand + "'") + " with publish settings in edito.yaml"
                    + (known.isEmpty() ? "" : "; channels: " + String.join(", ", known)));
        }
        if (found.size() > 1) {
            throw new EditoException(ExitCode.INPUT, "channel '" + channel + "' is in brands " + String.join(", ",
                    brands) + ": say which with --brand (and give each its own credentials_file: a login is saved "
                    + "per channel id)");
        }
        return found.get(0);
    }

    /** Each channel's login; times in JSON as instants (UTC), in text in the channel's own zone. */
    private void printStatus(List<LoginStatus> rows, Instant now, ProjectConfig config, PrintWriter out) {
        if (format.json()) {
            ObjectNode rootNode = Json.object();
            ArrayNode arr = rootNode.putArray("channels");
            for (LoginStatus r : rows) {
                ObjectNode n = arr.addObject().put("channel", r.channel()).put("brand", r.brand()).put("type", r.type())
                        .put("token", r.source());
                StoredLogin l = r.login();
                if (l != null) {
                    n.put("owner", l.owner()).put("scopes", l.scopes())
                            .put("expires_at", l.expiresAt() == null ? null : l.expiresAt().toString())
                            // a refresh token past its own expiry renews nothing: the text says the login has ended
                            .put("refreshable", l.refreshToken() != null && (l.refreshExpiresAt() == null
                                    || l.refreshExpiresAt().isAfter(now)))
                            .put("refresh_expires_at", l.refreshExpiresAt() == null ? null
                                    : l.refreshExpiresAt().toString());
                    Instant end = r.endsAt();
                    if (end != null) {
                        n.put("login_ends_at", end.toString()).put("login_ends_in_days", LoginStatus.daysUntil(end, now));
                    }
                }
                if (r.problem() != null) {
                    n.put("problem", r.problem());
                }
            }
            out.print(Json.pretty(rootNode));
            return;
        }
        if (rows.isEmpty()) {
            out.println("no channel has publish settings");
        }
        for (LoginStatus r : rows) {
            StringBuilder sb = new StringBuilder(r.channel()).append(" (").append(r.brand()).append(", ")
                    .append(r.type()).append("): ");
            StoredLogin l = r.login();
            io.edito.config.BrandConfig brand = config.brands().get(r.brand());
            java.time.ZoneId zone = brand == null ? java.time.ZoneOffset.UTC : brand.zoneOf(r.channel());
            switch (r.source()) {
                case "login" -> sb.append("login");
                case "none" -> sb.append("no token: run ").append(loginCommand(r, rows));
                case "settings" -> sb.append(r.type().equals("outbox") || r.type().equals("command")
                        ? "no token (nothing is sent over a network)" : "not an OAuth login: its secrets are named "
                                + "in its publish settings");
                default -> sb.append(r.source());
            }
            if (l != null) {
                sb.append(l.owner() == null ? "" : ", owner " + l.owner())
                        .append(l.scopes() == null ? "" : ", scopes " + l.scopes())
                        .append(", ").append(expiry(l.expiresAt(), now, zone));
                if (l.refreshToken() != null) {
                    Instant until = l.refreshExpiresAt() == null ? null
                            : l.refreshExpiresAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
                    if (until != null && !until.isAfter(now)) { // the login has ended: it said "renewed ... until" a past day
                        sb.append(", its refresh token expired ").append(local(until, zone))
                                .append(": the login has ended; run ")
                                .append(loginCommand(r, rows));
                    } else {
                        sb.append(", renewed with its refresh token").append(until == null ? ""
                                : " until " + local(until, zone));
                    }
                }
            }
            if (r.problem() != null) {
                sb.append(" (").append(r.problem()).append(")");
            }
            out.println(sb);
        }
    }

    /** {@code edito login CHANNEL}, with {@code --brand} when another brand has a channel of that name. */
    private static String loginCommand(LoginStatus r, List<LoginStatus> rows) {
        boolean shared = rows.stream().anyMatch(o -> o != r && o.channel().equals(r.channel()) && !o.brand().equals(r.brand()));
        return "edito login " + r.channel() + (shared ? " --brand " + r.brand() : "");
    }

    /** The zone of the brand that has channel {@code ch}, where its times are read (UTC when none has it). */
    private static java.time.ZoneId zoneOf(ProjectConfig config, ChannelConfig ch) {
        for (io.edito.config.BrandConfig b : config.brands().values()) {
            if (b.channels().get(ch.id()) == ch) {
                return b.zoneOf(ch.id());
            }
        }
        return java.time.ZoneOffset.UTC;
    }

    /** {@code at} as read in {@code zone}: {@code 2027-02-04T11:00:00+01:00} (UTC with {@code Z}). */
    static String local(Instant at, java.time.ZoneId zone) {
        return SECONDS_AND_OFFSET.format(at.atZone(zone));
    }

    /** {@code 2027-02-04T11:00:00+01:00}: the seconds always written (ISO's shortest form drops zero seconds). */
    private static final java.time.format.DateTimeFormatter SECONDS_AND_OFFSET =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private static String expiry(Instant exact, Instant now, java.time.ZoneId zone) {
        Instant at = exact == null ? null : exact.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        if (at == null) {
            return "no known expiry";
        }
        if (!at.isAfter(now)) {
            return "expired " + local(at, zone);
        }
        Duration left = Duration.between(now, at);
        long days = LoginStatus.daysUntil(at, now);
        return "expires " + local(at, zone) + " (in " + (days >= 1 ? days + (days == 1 ? " day" : " days")
                : left.toMinutes() + " min") + ")";
    }
}
