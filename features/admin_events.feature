Feature: The record of changes
  Every change to keys and switches is recorded, with who asked for it and
  when, in the change's own transaction: an administrator can answer "who
  made this key?" and "who turned writes off?" long after the logs are gone.

  Background:
    Given I have an empty database
    And I use an Accept header of "application/json"

  Scenario: Making a key, revoking it and flipping a switch are each recorded, newest first
    Given I am an API user with the capabilities "people:read"
    And an administrator revokes my key
    And an administrator switches "format.csv" off
    And I am an administrator
    When I send a GET request to "/admin/events?limit=3"
    Then the response status should be "200"
    And the JSON at path "result.0.action" should be "switch.set"
    And the JSON at path "result.0.target" should be "format.csv"
    And the JSON at path "result.0.detail.enabled" should be false
    And the JSON at path "result.0.actor" should be "environment"
    And the JSON at path "result.1.action" should be "key.revoke"
    And the JSON at path "result.1.target" should be my key's id
    And the JSON at path "result.2.action" should be "key.create"
    And the JSON at path "result.2.target" should be my key's id
    And the JSON at path "result.2.detail.capabilities.0" should be "people:read"
    And the response body should not contain "rab_"

  Scenario: A change that changes nothing is not recorded
    Given an administrator switches "format.yaml" off
    And an administrator switches "format.yaml" off
    And I am an administrator
    When I send a GET request to "/admin/events?limit=2"
    Then the JSON at path "result.0.target" should be "format.yaml"
    And the JSON at path "result.1.target" should not be "format.yaml"

  Scenario: The record comes a page at a time, older pages by the next link
    Given an administrator switches "format.msgpack" off
    And an administrator switches "format.msgpack" on
    And I am an administrator
    When I send a GET request to "/admin/events?limit=1"
    Then the JSON at path "result.0.detail.enabled" should be true
    And the response header "Link" should contain "rel=\"next\""
    When I follow the next link
    Then the response status should be "200"
    And the JSON at path "result.0.detail.enabled" should be false

  Scenario: Only an administrator reads the record
    Given I am an API user with the capabilities "people:read, people:write, people:delete"
    When I send a GET request to "/admin/events"
    Then the response status should be "403"
    And the JSON at path "message" should be "This key lacks the capability admin"
