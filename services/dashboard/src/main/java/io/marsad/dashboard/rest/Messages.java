package io.marsad.dashboard.rest;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The pages' words in English; messages/msg_ar.properties has them in Arabic. Templates read them as {@code msg:}. */
@MessageBundle
public interface Messages {

    @Message("Monitors")
    String monitors();

    @Message("Sign out")
    String signOut();

    @Message("Pages")
    String pages();

    @Message("Signed in as")
    String signedInAs();

    @Message("Your roles")
    String yourRoles();

    @Message("Your monitors: saved searches, and new ones with their query checked as you type.")
    String homeMonitors();

    @Message("Yours ({count})")
    String yours(long count);

    @Message("No monitors yet: save a search below to follow it.")
    String noMonitors();

    @Message("New monitor")
    String newMonitor();

    @Message("Name")
    String name();

    @Message("Query")
    String query();

    @Message("the query language")
    String queryLanguage();

    @Message("Save monitor")
    String saveMonitor();

    @Message("The query is well formed.")
    String queryOk();

    @Message("at character {position}")
    String atCharacter(int position);

    @Message("A monitor needs a name.")
    String nameNeeded();

    @Message("The search service does not answer just now; try again in a moment.")
    String searchUnavailable();

    @Message("Interface language")
    String interfaceLanguage();

    @Message("{total} articles in {stories} stories")
    String articlesInStories(String total, String stories);

    @Message("Volume over time")
    String volume();

    @Message("Narrowed to")
    String narrowedTo();

    @Message("show all")
    String showAll();

    @Message("remove")
    String remove();

    @Message("Nothing found.")
    String nothingFound();

    @Message("{count} other sources")
    String otherSources(long count);

    @Message("Newer")
    String newer();

    @Message("Older")
    String older();

    @Message("There is no monitor {id} of yours.")
    String noSuchMonitor(long id);

    @Message("{name}: {count}")
    String barTitle(String name, long count);

    @Message("Sources")
    String facet_sources();

    @Message("Languages")
    String facet_languages();

    @Message("Persons")
    String facet_persons();

    @Message("Organisations")
    String facet_organizations();

    @Message("Places")
    String facet_locations();

    @Message("Tags")
    String facet_tags();

    @Message("Dates")
    String dates();

    @Message("Alerts")
    String alerts();

    @Message("unread alerts")
    String unread();

    @Message("Subscriptions")
    String subscriptions();

    @Message("The alerting service does not answer just now; try again in a moment.")
    String alertingUnavailable();

    @Message("No alerts yet.")
    String noAlerts();

    @Message("Spike")
    String spike();

    @Message("Matched")
    String matched();

    @Message("{count} articles tell this story")
    String copies(int count);

    @Message("Mark read")
    String markRead();

    @Message("No subscriptions yet: subscribe to a query below, after a look at what it would have sent.")
    String noSubscriptions();

    @Message("muted")
    String muted();

    @Message("Subscribe")
    String subscribe();

    @Message("Preview the last week")
    String preview();

    @Message("What it would have sent")
    String backtestTitle();

    @Message("{alerts} alerts in the last {days} days ({perDay} a day), from {articles} matching articles.")
    String backtestSummary(int alerts, int days, double perDay, long articles);

    @Message("Spike")
    String spikeBadge();

    @Message("{today} articles today, against {usual} a day before")
    String spikeWhy(long today, double usual);

    @Message("Export")
    String export();

    @Message("the original")
    String original();

    @Message("In this article")
    String inThisArticle();

    @Message("The story, in {count} articles")
    String theStory(int count);

    @Message("There is no such article.")
    String noSuchArticle();

    @Message("Unsubscribe")
    String unsubscribe();

    @Message("Entities")
    String entities();

    @Message("Find a person, organisation or place, in any script")
    String findEntity();

    @Message("Find")
    String find();

    @Message("No entity is spelled like that.")
    String noEntityFound();

    @Message("person")
    String entityType_person();

    @Message("organisation")
    String entityType_organization();

    @Message("place")
    String entityType_location();

    @Message("Monitor this")
    String monitorThis();

    @Message("Names in every language")
    String namesInEveryScript();

    @Message("Language")
    String language();

    @Message("Other spellings")
    String otherSpellings();

    @Message("Named with it")
    String namedWith();

    @Message("Latest stories")
    String latestStories();

    @Message("The knowledge base or search does not answer just now; try again in a moment.")
    String entityUnavailable();

    @Message("The knowledge base has no entity named {name}.")
    String noSuchEntity(String name);

    @Message("Share of voice")
    String shareOfVoice();

    @Message("Compare with")
    String compareWith();

    @Message("You have no other monitor to compare with.")
    String noOtherMonitors();

    @Message("{count} articles")
    String articleCount(String count);

    @Message("Sources")
    String sources();

    @Message("Find a source by name")
    String findSource();

    @Message("The crawler does not answer just now; try again in a moment.")
    String crawlerUnavailable();

    @Message("No sources yet: add one below, or import an OPML file.")
    String noSources();

    @Message("{count} sources")
    String sourceCount(String count);

    @Message("Crawl health")
    String health();

    @Message("Articles in 24 h")
    String articlesPerDay();

    @Message("{count} without clear article text")
    String doubtfulPages(String count);

    @Message("Latest round")
    String round();

    @Message("Actions")
    String actions();

    @Message("disabled")
    String disabled();

    @Message("not polled yet")
    String neverPolled();

    @Message("failing ({count} polls in a row)")
    String failing(int count);

    @Message("healthy")
    String healthy();

    @Message("last polled")
    String lastPolled();

    @Message("polled every {seconds} s")
    String polledEverySeconds(int seconds);

    @Message("polled every {minutes} min")
    String polledEveryMinutes(int minutes);

    @Message("new articles pushed by its WebSub hub")
    String pushActive();

    @Message("WebSub hub asked to push")
    String pushRequested();

    @Message("its WebSub hub does not push")
    String pushRefused();

    @Message("reading its feeds…")
    String readingListings();

    @Message("{done} of {found} articles fetched")
    String roundProgress(int done, int found);

    @Message("{found} new articles, all fetched")
    String roundDone(int found);

    @Message("Disable")
    String disable();

    @Message("Enable")
    String enable();

    @Message("Remove")
    String removeSource();

    @Message("Add a source")
    String addSource();

    @Message("Find the feeds of a site from its homepage")
    String discoverFrom();

    @Message("Discover")
    String discover();

    @Message("Found {feeds} feeds and {sitemaps} sitemaps; check them below and add the source.")
    String discovered(int feeds, int sitemaps);

    @Message("Homepage")
    String homepage();

    @Message("Feeds (RSS or Atom), one a line")
    String feeds();

    @Message("News sitemaps, one a line")
    String sitemaps();

    @Message("Section pages, one a line")
    String sections();

    @Message("Language, if the site does not say (e.g. ar)")
    String languageHint();

    @Message("Poll every (seconds, 60 to 86400)")
    String pollEvery();

    @Message("Import OPML")
    String importOpml();

    @Message("An OPML file (feed readers export one)")
    String opmlFile();

    @Message("Import")
    String importButton();

    @Message("Imported: {created} added, {updated} updated, {failed} refused.")
    String imported(int created, int updated, int failed);

    @Message("Choose a file to import.")
    String import_empty();

    @Message("The file is too large (5 MB at most).")
    String import_tooLarge();

    @Message("The file is not OPML.")
    String import_notOpml();

    @Message("This page is for administrators.")
    String adminsOnly();

    @Message("Watch")
    String watch();

    @Message("a query")
    String aQuery();

    @Message("the monitor {name}")
    String theMonitor(String name);

    @Message("A query in Marsad's language, unless you follow a monitor (then its query, kept up to date).")
    String queryOrMonitor();

    @Message("Alert me")
    String alertWhen();

    @Message("on every matching story")
    String kind_keyword();

    @Message("when the monitor's volume spikes (once a day)")
    String kind_spike();

    @Message("How often")
    String howOften();

    @Message("as it happens")
    String mode_realtime();

    @Message("in a digest")
    String mode_digest();

    @Message("Digest period")
    String digestPeriod();

    @Message("daily")
    String digest_daily();

    @Message("hourly")
    String digest_hourly();

    @Message("at (hour, 0 to 23)")
    String atHour();

    @Message("Time zone (of the daily digest's hour)")
    String timeZone();

    @Message("Send to")
    String sendTo();

    @Message("the app's inbox")
    String inTheApp();

    @Message("E-mail addresses, one a line")
    String emailAddresses();

    @Message("Webhook URL (a public https address)")
    String webhookUrl();

    @Message("The webhook's signing secret")
    String webhookSecret();

    @Message("Active (untick to mute)")
    String activeNotMuted();

    @Message("follows a monitor")
    String followsMonitor();

    @Message("Mute")
    String mute();

    @Message("Unmute")
    String unmute();

    @Message("Save")
    String save();

    @Message("Cancel")
    String cancel();

    @Message("Edit")
    String edit();

    @Message("Delete this monitor")
    String deleteMonitor();
}
