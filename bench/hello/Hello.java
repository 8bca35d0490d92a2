// A picocli hello world: the start-up reference of issue 19's target (`bin/edito check examples/atlas-air` at most
// 2.0 times this). Run by bench/startup.sh on the picocli inside target/edito.jar, with the launcher's JVM flags and
// its own class-data-sharing archive made by a training run, as bin/edito runs edito.
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "hello", mixinStandardHelpOptions = true, version = "hello 1")
public final class Hello implements Callable<Integer> {
    @Parameters(arity = "0..*") List<String> names;
    @Option(names = "--greeting") String greeting = "hello";

    @Override
    public Integer call() {
        System.out.println(greeting + ", " + (names == null ? "world" : String.join(" ", names)));
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Hello()).execute(args));
    }
}
