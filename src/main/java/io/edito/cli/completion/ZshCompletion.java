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

                """.formatted(name) + BashCompletion.script(root);
    }
}
