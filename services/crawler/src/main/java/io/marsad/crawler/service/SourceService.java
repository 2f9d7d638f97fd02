package io.marsad.crawler.service;

import io.marsad.crawler.model.Source;
import io.marsad.crawler.repository.SourceRepository;
import io.marsad.guard.AddressPolicy;
import io.marsad.support.problem.InvalidFieldException;
import io.marsad.support.validation.HttpUrlValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Creating, changing and removing sources: URLs normalised and checked against the SSRF guard. */
@ApplicationScoped
public class SourceService {

    private final SourceRepository sources;
    private final AddressPolicy addressPolicy;

    SourceService(SourceRepository sources, AddressPolicy addressPolicy) {
        this.sources = sources;
        this.addressPolicy = addressPolicy;
    }

    /** What a client may set on a source; validated for shape by the REST layer. */
    public record SourceFields(String name, String homepage, List<String> feedUrls, List<String> sitemapUrls, List<String> sectionUrls,
                               String languageHint, String countryHint, Integer pollIntervalSeconds, Integer minPollIntervalSeconds,
                               Boolean enabled) {}

    public Source get(long id) {
        return sources.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No source with id " + id + "."));
    }

    @Transactional
    public Source create(SourceFields fields) {
        Source source = new Source();
        apply(fields, source);
        refuseDuplicateHomepage(source.homepage, null);
        sources.persist(source);
        return source;
    }

    @Transactional
    public Source update(long id, SourceFields fields) {
        Source source = get(id);
        apply(fields, source);
        refuseDuplicateHomepage(source.homepage, id);
        return source;
    }

    @Transactional
    public void delete(long id) {
        if (!sources.deleteById(id)) {
            throw new NotFoundException("No source with id " + id + ".");
        }
    }

    /** Creates the sources that are new and updates those whose homepage is known. */
    @Transactional
    public boolean upsert(SourceFields fields) {
        String homepage = checkedUrl("homepage", fields.homepage());
        Optional<Source> existing = sources.findByHomepage(homepage);
        Source source = existing.orElseGet(Source::new);
        apply(fields, source);
        if (existing.isEmpty()) {
            sources.persist(source);
        }
        return existing.isEmpty();
    }

    private void apply(SourceFields fields, Source source) {
        source.name = fields.name().strip();
        source.homepage = checkedUrl("homepage", fields.homepage());
        source.feedUrls = checkedUrls("feedUrls", fields.feedUrls());
        source.sitemapUrls = checkedUrls("sitemapUrls", fields.sitemapUrls());
        source.sectionUrls = checkedUrls("sectionUrls", fields.sectionUrls());
        source.languageHint = fields.languageHint();
        source.countryHint = fields.countryHint();
        if (fields.pollIntervalSeconds() != null) {
            source.pollIntervalSeconds = fields.pollIntervalSeconds();
        }
        if (fields.minPollIntervalSeconds() != null) {
            source.minPollIntervalSeconds = fields.minPollIntervalSeconds();
        }
        if (source.minPollIntervalSeconds > source.pollIntervalSeconds) {
            throw new InvalidFieldException("minPollIntervalSeconds", "must not exceed pollIntervalSeconds (" + source.pollIntervalSeconds + ")");
        }
        if (fields.enabled() != null) {
            source.enabled = fields.enabled();
        }
    }

    private void refuseDuplicateHomepage(String homepage, Long self) {
        sources.findByHomepage(homepage).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw new ClientErrorException("A source with homepage " + homepage + " exists already (id " + other.id + ").", Response.Status.CONFLICT);
        });
    }

    private List<String> checkedUrls(String field, List<String> urls) {
        if (urls == null) {
            return new ArrayList<>();
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < urls.size(); i++) {
            distinct.add(checkedUrl(field + "[" + i + "]", urls.get(i)));
        }
        return new ArrayList<>(distinct);
    }

    private String checkedUrl(String field, String url) {
        if (url == null || !HttpUrlValidator.isHttpUrl(url)) {
            throw new InvalidFieldException(field, "must be an absolute http or https URL");
        }
        addressPolicy.refusalForUrl(url).ifPresent(reason -> {
            throw new InvalidFieldException(field, "is not allowed: the host " + reason);
        });
        String normal = UrlNormalizer.normalize(url).orElseThrow(() -> new InvalidFieldException(field, "is not a URL the crawler can fetch"));
        addressPolicy.refusalForUrl(normal).ifPresent(reason -> {
            throw new InvalidFieldException(field, "is not allowed: the host " + reason);
        });
        return normal;
    }
}
