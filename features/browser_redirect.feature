Feature: Browsers get the docs
  As in the original blueprint, a browser that opens a v1 URL is sent to the documentation.

  Background:
    Given I am using version "v1"
    And I have an empty database

  Scenario Outline: A GET that does not ask for a data format is sent to the docs
    Given I am a valid API user
    And I use an Accept header of "<accept>"
    When I send a GET request to "people/fred"
    Then the response status should be "303"
    And the response header "Location" should be "/docs#v1-people"
    And the response header "Content-Type" should be "text/html; charset=utf-8"
    And the response body should contain "<a href=\"/docs#v1-people\">"

    Examples:
      | accept                                                                         |
      | */*                                                                            |
      | text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8     |
      | text/html                                                                      |

  Scenario: No Accept header at all
    Given I am a valid API user
    When I send a GET request to "people"
    Then the response status should be "303"
    And the response header "Location" should be "/docs#v1-people"

  Scenario: A browser without a key lands on the docs, not on a 401, and learns nothing
    Given I send no credentials
    And a person "fred" with the email "a@b.c"
    And I use an Accept header of "text/html"
    When I send a GET request to "people/fred"
    Then the response status should be "303"
    And the response body should not contain "a@b.c"
    When I send a GET request to "people/nobody"
    Then the response status should be "303"

  Scenario: HEAD is sent to the docs too
    Given I am a valid API user
    When I send a HEAD request to "people/fred"
    Then the response status should be "303"
    And the response header "Location" should be "/docs#v1-people"

  Scenario: Writes are never redirected
    Given I am a valid API user
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "a@b.c"}
      """
    Then the response status should be "201"
    When I send a DELETE request to "people/fred"
    Then the response status should be "200"

  Scenario: Naming a data format beside HTML gets the data
    Given I am a valid API user
    And a person "fred" with the email "a@b.c"
    And I use an Accept header of "text/html, application/json;q=0.5"
    When I send a GET request to "people/fred"
    Then the response status should be "200"
    And the JSON at path "result.email" should be "a@b.c"

  Scenario: The docs are there
    Given I send no credentials
    And I use an Accept header of "text/html"
    When I send a GET request to "/docs"
    Then the response status should be "200"
    And the response body should contain "<section id=\"v1-people\">"
