// The start-up floor of edito's fixed libraries, without any edito code: what a cold JVM spends on picocli, Jackson's
// YAML parser, twitter-text, ICU4J and CommonMark when they do, once, the kinds of work `edito check` asks of them on
// examples/atlas-air. Run by bench/floor.sh; figures in docs/performance.md ("The floor of the fixed libraries").
//
// A lower bound, not a model: each library does the least that `edito check` cannot avoid. Every YAML file of the
// project (edito.yaml, charter.yaml, the calendar, the network facts kept in the jar) is read token by token, as edito
// must; but only the first long scalar (a post text) goes through CommonMark (parsed with source spans, rendered to
// plain text), twitter-text (weighted length and entities), ICU (NFC and grapheme clusters), where edito sends every
// text of every post and channel. As in edito, the text libraries are first warmed up on a second thread while the
// main thread parses the command line and reads the YAML, so the figure is the longer of the two paths on two cores
// (FLOOR_SERIAL=1 runs everything on one thread). Whatever this takes, edito on the same project takes more.
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.TwitterTextParser;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "floor", mixinStandardHelpOptions = true, version = "floor 1")
public final class LibraryFloor implements Callable<Integer> {
    @Parameters(arity = "1..*") List<Path> paths;
    @Option(names = "--charter") Path charter;
    @Option(names = "--format") String format = "text";
    @Option(names = "--fail-on") String failOn = "error";
    @Option(names = "--channel") List<String> channels;
    @Option(names = "--brand") String brand;
    @Option(names = "--from") String from;
    @Option(names = "--to") String to;
    @Option(names = "--changed-since") String changedSince;
    @Option(names = "--output") Path output;
    @Option(names = "--now") String now;
    @Option(names = "--color") String color;
    @Option(names = "--quiet") boolean quiet;
    @Option(names = "--stacktrace") boolean stacktrace;

    public static void main(String[] args) throws InterruptedException {
        Thread warmup = new Thread(() -> textWork("Bonjour **Casablanca** ✈️ #AtlasAir https://example.com @atlas"));
        if (System.getenv("FLOOR_SERIAL") == null) {
            warmup.start();
        } else {
            warmup.run();
        }
        int status = new CommandLine(new LibraryFloor()).execute(args);
        warmup.join();
        System.exit(status);
    }

    /** One text through the text libraries edito uses: CommonMark, ICU (NFC, grapheme clusters), twitter-text. */
    static String textWork(String text) {
        Parser markdown = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        String shown = TextContentRenderer.builder().build().render(markdown.parse(text));
        String normal = Normalizer2.getNFCInstance().normalize(shown);
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(normal);
        int clusters = 0;
        while (graphemes.next() != BreakIterator.DONE) {
            clusters++;
        }
        int weighted = TwitterTextParser.parseTweet(normal).weightedLength;
        int entities = new Extractor().extractEntitiesWithIndices(normal).size();
        return String.format("%d clusters, %d weighted, %d entities", clusters, weighted, entities);
    }

    @Override
    public Integer call() throws Exception {
        YAMLFactory yaml = new YAMLFactory();
        List<String> texts = new ArrayList<>();
        List<InputStream> inputs = new ArrayList<>();
        inputs.add(LibraryFloor.class.getResourceAsStream("/io/edito/network/networks.yaml"));
        for (Path root : paths) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    inputs.add(Files.newInputStream(f));
                }
            }
        }
        int tokens = 0;
        for (InputStream in : inputs) {
            try (in; JsonParser p = yaml.createParser(in)) {
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    tokens++;
                    if (t == JsonToken.VALUE_STRING && texts.isEmpty() && p.getText().length() > 80) {
                        texts.add(p.getText());
                    }
                }
            }
        }
        PrintWriter out = new PrintWriter(System.out);
        for (String text : texts) {
            out.println(textWork(text));
        }
        out.printf("%d YAML tokens, %d texts%n", tokens, texts.size());
        out.flush();
        return 0;
    }
}
