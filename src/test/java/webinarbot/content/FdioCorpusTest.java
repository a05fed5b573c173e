package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import webinarbot.domain.Speaker;
import webinarbot.domain.Webinar;
import webinarbot.testing.FdioCorpus;

/** Every real FD.io page loads, with the instants a careful human reader would give them. */
class FdioCorpusTest {

  @Test
  void everyPageLoadsWithoutErrors() {
    LoadResult r = FdioCorpus.load();

    assertThat(r.pages()).isEqualTo(25);
    assertThat(r.catalogue().size()).isEqualTo(24);
    assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
  }

  @Test
  void theOddTimeSlotsAreWarnedAbout() {
    List<String> warnings =
        FdioCorpus.load().diagnostics().stream()
            .map(d -> d.file().replaceAll(".*/", "") + ":" + d.line() + ": " + d.message())
            .toList();

    assertThat(warnings)
        .contains(
            "2021_10_15_calico_vpp_using_calico_pluggable_dataplanes.md:5: PST written while PDT"
                + " applies on 2021-10-15; read as America/Los_Angeles time (UTC-07:00)",
            "2021_10_15_calico_vpp_using_calico_pluggable_dataplanes.md:5: time_slot ends at"
                + " 00:30, before it starts at 11:55; read as an am/pm slip: ends at 12:30",
            "2024_02_03_vpp_100mpps_of_mpls_on_a_linux_pc.md:5: time_slot starts and ends at"
                + " 14:20; end unknown",
            "2025_02_02_vpp_tls_plugin_performance_enhancement_with_user_space_processing_pipeline_support.md:5:"
                + " \"13:05pm\" mixes 24-hour time with pm; read as 13:05",
            "secure_terabit.md:6: time_slot ends at 08:00, before it starts at 09:00; end unknown",
            "video_trex.md:4: no time_slot: all-day entry on 2019-05-01 in UTC");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
      video_deepdive; 2016-02-26T00:00:00Z; ; UTC; ; video
      video_intro; 2016-04-29T00:00:00Z; ; UTC; ; video
      video_memif; 2018-05-07T00:00:00Z; ; UTC; ; video
      video_trex; 2019-05-01T00:00:00Z; ; UTC; ; video
      2021_02_07_calico_vpp_all_you_can_eat_networking_bringing_kubernetes_goodness_to_your_hungriest_workloads; 2021-02-07T16:05:00+01:00; 2021-02-07T16:40:00+01:00; Europe/Brussels; Casey Davenport|Aloys Augustin; slides_pdf
      vpp_in_home_lab; 2021-03-24T08:00:00-07:00; ; America/Los_Angeles; Audian Paxson|Mike Jennings|Dan Streufert|Jerry Wilson; slides slides_pdf video
      video_terabit; 2021-04-06T00:00:00Z; ; UTC; ; video
      secure_terabit; 2021-07-01T09:00:00-07:00; ; America/Los_Angeles; Ray Kinsella|Maciek Konstantynowicz; slides slides_pdf video
      2021_07_22_calico_vpp_kubernetes_networking_with_boosters; 2021-07-22T09:00:00-07:00; ; America/Los_Angeles; Chris Tomkins|Nathan Skrzypczak; register slides slides_pdf video
      2021_10_12_calico_vpp_low_trust_edge_network_no_problem; 2021-10-12T11:20:00-07:00; 2021-10-12T11:50:00-07:00; America/Los_Angeles; Chris Tomkins|Nathan Skrzypczak; event slides slides_pdf video
      2021_10_15_calico_vpp_using_calico_pluggable_dataplanes; 2021-10-15T11:55:00-07:00; 2021-10-15T12:30:00-07:00; America/Los_Angeles; Chris Tomkins|Aloys Augustin; event slides slides_pdf video
      2022_02_06_FOSDEM_keep_appetite_for_the_stats; 2022-02-06T14:20:00+01:00; 2022-02-06T14:40:00+01:00; Europe/Brussels; Arthur de Kerhor|Hedi Bouattour; event slides video
      2022_02_06_FOSDEM_kubernetes_networking_is_there_a_cheetah; 2022-02-06T16:30:00+01:00; 2022-02-06T17:00:00+01:00; Europe/Brussels; Chris Tomkins|Nathan Skrzypczak; event slides_pdf video
      2023_02_05_need_to_connect_your_k8s_pods_to_multiple_networks_no_problem_with_calico_vpp; 2023-02-05T16:15:00+01:00; 2023-02-05T16:45:00+01:00; Europe/Brussels; Nathan Skrzypczak; event slides video
      2024_02_03_network_function_abstraction_a_delicate_question_of_cpu_affinity; 2024-02-03T12:55:00+01:00; 2024-02-03T13:20:00+01:00; Europe/Brussels; Hadi Rayan Al-Sandid; slides video
      2024_02_03_vpp_100mpps_of_mpls_on_a_linux_pc; 2024-02-03T14:20:00+01:00; ; Europe/Brussels; Pim van Pelt; slides video
      2025_02_02_unleashing_100_mpps_with_fdio_vpp_on_gcp; 2025-02-02T11:55:00+01:00; 2025-02-02T12:10:00+01:00; Europe/Brussels; Mohammed Hawari|Federico Iezzi; event slides video
      2025_02_02_levitation_made_handy_roll_your_own_maglev_lb_with_vpp; 2025-02-02T12:15:00+01:00; 2025-02-02T12:30:00+01:00; Europe/Brussels; Nathan Skrzypczak; event slides video
      2025_02_02_vpp_monitoring_100gbps_with_sflow; 2025-02-02T12:35:00+01:00; 2025-02-02T12:45:00+01:00; Europe/Brussels; Pim van Pelt; slides video
      2025_02_02_vpp_tls_plugin_performance_enhancement_with_user_space_processing_pipeline_support; 2025-02-02T12:50:00+01:00; 2025-02-02T13:05:00+01:00; Europe/Brussels; Varun Rapelly|Venkata Ravichandra Mynidi; slides video
      2025_04_23_vpp_a_1tbps_fully_open_source_router; 2025-04-23T00:00:00Z; ; UTC; Pim van Pelt; video
      2025_08_26_high_performance_cloud_networking_with; 2025-08-26T00:00:00Z; ; UTC; ; video
      2025_10_10_DENOG17_What_can_possibly_go_wrong; 2025-10-10T00:00:00Z; ; UTC; ; video
      2025_10_23_sonic_vpp_a_platform_for_datacenter_net; 2025-10-23T00:00:00Z; ; UTC; ; video
      """)
  void everyWebinarHasItsStartEndZoneSpeakersAndLinks(
      String id, String start, String end, String zone, String speakers, String links) {
    Webinar w = FdioCorpus.webinar(id);

    assertThat(w.time().start().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse(start));
    assertThat(w.time().end().map(e -> e.toOffsetDateTime()))
        .isEqualTo(Optional.ofNullable(end).map(OffsetDateTime::parse));
    assertThat(w.time().allDay()).isEqualTo(end == null && zone.equals("UTC"));
    assertThat(w.time().zone().getId()).isEqualTo(zone);
    assertThat(w.speakers().stream().map(Speaker::name))
        .containsExactlyElementsOf(
            speakers == null ? List.of() : Arrays.asList(speakers.split("\\|")));
    assertThat(w.links().byName().keySet()).containsExactlyInAnyOrder(links.split(" "));
    assertThat(w.pageUrl())
        .isEqualTo(
            URI.create(
                "https://fd.io/news/webinars/" + id.toLowerCase(java.util.Locale.ROOT) + "/"));
  }

  @Test
  void theSeedPageReadsCompletely() {
    Webinar w = FdioCorpus.webinar("2021_10_15_calico_vpp_using_calico_pluggable_dataplanes");

    assertThat(w.title())
        .isEqualTo("Calico/VPP: Using Calico’s Pluggable Dataplanes for Fun and Fast Networking");
    assertThat(w.links().video())
        .contains(URI.create("https://www.youtube.com/watch?v=9zBu4Zcf__c"));
    assertThat(w.links().slidesPdf())
        .contains(
            URI.create(
                "https://static.sched.com/hosted_files/kccncna2021/4c/Calico_VPP%20KCNA%202021.pdf"));
    assertThat(w.image())
        .contains(URI.create("https://fd.io/img/webinars/video_all-you-can-eat-networking.jpg"));
    assertThat(w.description())
        .startsWith("The Calico VPP dataplane, introduced during last year’s KubeCon")
        .doesNotContain("### Speakers")
        .doesNotContain("{{");
    Speaker chris = w.speakers().get(0);
    assertThat(chris.name()).isEqualTo("Chris Tomkins");
    assertThat(chris.role()).contains("Developer Advocate @ Project Calico/Tigera");
    assertThat(chris.twitter()).contains("TomkinsDa");
    assertThat(chris.linkedin()).contains("cdtomkins");
    assertThat(chris.image()).contains(URI.create("https://fd.io/img/speakers/chris_tomkins.jpg"));
    assertThat(chris.bio())
        .startsWith("Chris is a developer advocate at Tigera")
        .endsWith("in these areas.");
    assertThat(w.speakers().get(1).github()).contains("AloysAugustin");
  }

  @Test
  void speakersWrittenWithoutADashStillGetNameAndRole() {
    Speaker casey =
        FdioCorpus.webinar(
                "2021_02_07_calico_vpp_all_you_can_eat_networking_bringing_kubernetes_goodness_to_your_hungriest_workloads")
            .speakers()
            .get(0);
    Speaker maciek = FdioCorpus.webinar("secure_terabit").speakers().get(1);

    assertThat(casey.role()).contains("Project Calico/Tigera");
    assertThat(maciek.role()).contains("Distinguished Engineer, Cisco");
  }

  @Test
  void aRegisterButtonBecomesTheRegistrationLink() {
    Webinar w = FdioCorpus.webinar("2021_07_22_calico_vpp_kubernetes_networking_with_boosters");

    assertThat(w.buttons())
        .singleElement()
        .satisfies(b -> assertThat(b.label()).isEqualTo("Register"));
    assertThat(w.links().register()).contains(w.buttons().get(0).url());
  }
}
