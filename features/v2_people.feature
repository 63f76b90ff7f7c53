Feature: People in version 2
  Version 2 serves the same people from the same store, HTTP-natively: the body is the person.

  Background:
    Given I am using version "v2"
    And I have an empty database
    And I am a valid API user
    And I use an Accept header of "application/json"

  Scenario: Add a person
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "a@b.c"}
      """
    Then the response status should be "201"
    And the response header "Location" should be "/v2/people/fred"
    And the JSON at path "name" should be "fred"
    And the JSON at path "email" should be "a@b.c"
    And the JSON at path "comment" should be null
    And the JSON at path "createdAt" should match "^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"
    And the JSON at path "status" should not exist

  Scenario: A replacement keeps createdAt and moves updatedAt
    Given a person "fred" with the email "a@b.c"
    When I send a GET request to "people/fred"
    And I remember the JSON at path "createdAt"
    And I send a PUT request to "people/fred" with the body:
      """
      {"email": "new@b.c"}
      """
    Then the response status should be "200"
    And the JSON at path "createdAt" should be the remembered value
    And the JSON at path "updatedAt" should be later than the remembered value

  Scenario: Patch a person
    Given a person "fred" with the email "a@b.c" and the comment "first"
    When I send a PATCH request to "people/fred" with the body:
      """
      {"comment": null}
      """
    Then the response status should be "200"
    And the JSON at path "comment" should be null
    And the JSON at path "email" should be "a@b.c"

  Scenario: Delete a person
    Given a person "fred" with the email "a@b.c"
    When I send a DELETE request to "people/fred"
    Then the response status should be "204"
    And the response body should be empty
    And the person "fred" should not exist

  Scenario: A person written through v1 is read through v2
    Given I am using version "v1"
    And a person "fred" with the email "a@b.c"
    And I am using version "v2"
    When I send a GET request to "people/fred"
    Then the response status should be "200"
    And the JSON at path "email" should be "a@b.c"

  Scenario: A list page is items and a next link, also in a Link header
    Given there are 3 people named "person-001" to "person-003"
    When I send a GET request to "people?limit=2"
    Then the JSON at path "items" should have 2 entries
    And the JSON at path "items.0.name" should be "person-001"
    And the JSON at path "next" should start with "/v2/people?limit=2&cursor="
    And the response header "Link" should start with "</v2/people?limit=2&cursor="
    When I follow the next link
    Then the JSON at path "items.0.name" should be "person-003"
    And the JSON at path "next" should be null
    And the response header "Link" should not exist

  Scenario Outline: Clients that ask for anything get JSON
    Given a person "fred" with the email "a@b.c"
    And I use an Accept header of "<accept>"
    When I send a GET request to "people/fred"
    Then the response status should be "200"
    And the response header "Content-Type" should be "application/json; charset=utf-8"

    Examples:
      | accept           |
      | */*              |
      | application/*    |

  Scenario: No Accept header means JSON too
    Given a person "fred" with the email "a@b.c"
    And I use an Accept header of ""
    When I send a GET request to "people/fred"
    Then the response status should be "200"
    And the JSON at path "email" should be "a@b.c"

  Scenario: Only a browser that prefers HTML is sent to the docs
    Given I send no credentials
    And I use an Accept header of "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    When I send a GET request to "people/fred"
    Then the response status should be "303"
    And the response header "Location" should be "/docs#v2-people"
