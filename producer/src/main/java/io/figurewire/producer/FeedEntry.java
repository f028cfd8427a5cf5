package io.figurewire.producer;

/**
 * One entry of a feed as read: the article (or why it is not one), with the entry's id and a
 * revision that changes when the publisher revises the story, so a poller can tell a new or
 * revised entry from one it has already published.
 */
public record FeedEntry(String id, String revision, ReadResult result) {
}
