package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.core.ExitCode;
import org.junit.jupiter.api.Test;

/** --brand with --channel on the agency example (two brands, each with its own accounts). */
class BrandFilterTest {
    private static final String PROJECT = "examples/multi-brand";

    @Test
    void aChannelTheSelectedBrandHasNoAccountOnIsAnErrorNotAnEmptyGreenRun() {
        // maison-lumiere has no Facebook account (riad-mogador has): the run would check nothing and pass
        for (String command : new String[] {"check", "preview", "agenda"}) {
            CliRun r = CliRun.of(command, PROJECT, "--brand", "maison-lumiere", "--channel", "facebook");
            assertThat(r.exit()).as(command).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).as(command).contains("edito: --channel facebook: brand maison-lumiere has no account "
                    + "'facebook' nor one on that network; its accounts: bluesky, instagram, linkedin");
        }
        // a misspelt brand is told first, and a misspelt channel among the brand's own accounts
        CliRun brandTypo = CliRun.of("agenda", PROJECT, "--brand", "riad", "--channel", "x");
        assertThat(brandTypo.err()).contains("--brand: unknown brand 'riad'");
        CliRun channelTypo = CliRun.of("preview", PROJECT, "--brand", "riad-mogador", "--channel", "instagrm");
        assertThat(channelTypo.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(channelTypo.err()).contains("(did you mean 'instagram'?); its accounts: facebook, instagram");
        CliRun two = CliRun.of("check", PROJECT, "--brand", "riad-mogador,maison-lumiere", "--channel", "facebook",
                "--now", "2026-11-25T09:00:00Z");
        assertThat(two.exit()).as(two.err()).isZero();
    }

    @Test
    void aNetworkByAnotherOfItsNamesIsSuggested() {
        CliRun r = CliRun.of("check", "examples/atlas-air", "--channel", "twitter");
        assertThat(r.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains("--channel: unknown channel 'twitter' (did you mean 'x'?)");
    }

    @Test
    void theSummaryCountsTheSelectedBrandsPosts() {
        CliRun all = CliRun.of("check", PROJECT, "--now", "2026-11-25T09:00:00Z");
        CliRun riad = CliRun.of("check", PROJECT, "--brand", "riad-mogador", "--now", "2026-11-25T09:00:00Z");
        CliRun maison = CliRun.of("check", PROJECT, "--brand", "maison-lumiere", "--now", "2026-11-25T09:00:00Z");
        assertThat(all.out()).contains(" in 6 posts (8 post×channel checked)");
        assertThat(riad.out()).contains(" in 3 posts (4 post×channel checked)");
        assertThat(maison.out()).contains(" in 3 posts (4 post×channel checked)");
    }
}
