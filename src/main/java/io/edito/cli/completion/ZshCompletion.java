package io.edito.cli.completion;

import picocli.CommandLine;

/**
 * The zsh completion script: the bash script run by zsh's own bash-compatibility layer
 * ({@code autoload -U bashcompinit}), so that both shells complete exactly the same words, calendar values
 * included.
 */
public final class ZshCompletion {
    private ZshCompletion() {
    }

    public static String script(CommandLine root) {
        String name = root.getCommandName();
        return """
                # zsh completion for %1$s, generated from its command model by `%1$s completion zsh`.
                # Install: add to ~/.zshrc (after compinit, if you call it):
                #   source <(%1$s completion zsh)          or: source /path/to/completions/%1$s.zsh
                # zsh runs the bash completion below through its bashcompinit compatibility layer.
                if [ -n "$ZSH_VERSION" ]; then
                  autoload -U +X compinit && { (( $+functions[compdef] )) || compinit; }
                  autoload -U +X bashcompinit && bashcompinit
                fi

                """.formatted(name) + forZsh(BashCompletion.script(root), name);
    }

    /**
     * The bash script as zsh should run it. picocli's header sets {@code COMPLETE_ALIASES} and aliases
     * {@code compopt} to {@code complete} in zsh: the first changed how every alias of the user's shell completes, the
     * second turned each {@code compopt -o filenames} into a registration (folders came out as {@code calendar }, a
     * space where the slash goes). Without them zsh has no {@code compopt}, so the script's one registration says
     * what it means: file names for what completes as files (a slash after a folder), and nothing where no value
     * fits ({@code -o default} offered the folder's files after {@code --tz}).
     */
    static String forZsh(String bash, String name) {
        String setopt = "  setopt COMPLETE_ALIASES\n";
        String alias = "  alias compopt=complete\n";
        String register = "complete -F _" + name.replace('-', '_') + " -o default " + name + "\n";
        if (!bash.contains(setopt) || !bash.contains(alias) || !bash.endsWith(register)) {
            throw new IllegalStateException("unexpected bash completion script: its zsh lines changed");
        }
        return bash.replace(setopt, "").replace(alias, "").replace(register,
                "complete -F _" + name.replace('-', '_') + " -o filenames " + name + "\n");
    }
}
