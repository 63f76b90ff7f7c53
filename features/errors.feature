Feature: Errors
  Whatever goes wrong, the answer is a 4xx in the envelope, with a sentence a person can act on.

  Background:
    Given I am using version "v1"
    And I have an empty database
    And I am a valid API user
    And I use an Accept header of "application/json"

  Scenario: Malformed JSON
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "a@b.c"
      """
    Then the response status should be "400"
    And the JSON at path "status" should be "error"
    And the JSON at path "message" should be "The body is not well-formed JSON"
    And the person "fred" should not exist

  Scenario: A lone surrogate is not text
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "a@b.c", "comment": "\ud800"}
      """
    Then the response status should be "400"
    And the JSON at path "message" should be "The body contains a lone surrogate, which is not Unicode text"

  Scenario: A body over 64 KiB
    When I send a PUT request to "people/fred" with a body of 70000 bytes
    Then the response status should be "413"
    And the JSON at path "status" should be "error"
    And the JSON at path "message" should be "The body is larger than the limit of 65536 bytes"

  Scenario: A Content-Type the API cannot read
    Given I use a Content-Type header of "text/plain"
    When I send a PUT request to "people/fred" with the body:
      """
      email=a@b.c
      """
    Then the response status should be "415"
    And the JSON at path "status" should be "error"
    And the JSON at path "message" should start with "The body must be one of: application/json"

  Scenario: A charset other than UTF-8
    Given I use a Content-Type header of "application/json; charset=iso-8859-1"
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "a@b.c"}
      """
    Then the response status should be "415"
    And the JSON at path "message" should be "The body must be UTF-8, not iso-8859-1"

  Scenario: A PUT without a body
    When I send a PUT request to "people/fred"
    Then the response status should be "400"
    And the JSON at path "status" should be "error"
    And the JSON at path "message" should be "A body is required"

  Scenario Outline: No content is no body, whatever the Content-Type says
    Given I use a Content-Type header of "application/json"
    When I send a <method> request to "<path>" with no content
    Then the response status should be "<status>"
    And the JSON at path "message" should be "<message>"

    Examples:
      | method | path        | status | message                           |
      | PUT    | people/fred | 400    | A body is required                |
      | PATCH  | people/fred | 400    | A body is required                |
      | DELETE | people/fred | 404    | Person does not exist             |
      | GET    | people/fred | 404    | Person does not exist             |
      | PUT    | people/fred/ | 400   | A body is required                |

  Scenario Outline: No content is not encoded, whatever the Content-Encoding says
    Given I use a "Content-Encoding" header of "gzip"
    When I send a <method> request to "<path>" with no content
    Then the response status should be "<status>"
    And the JSON at path "message" should be "<message>"

    Examples:
      | method | path        | status | message               |
      | PUT    | people/fred | 400    | A body is required    |
      | DELETE | people/fred | 404    | Person does not exist |
      | GET    | people/fred | 404    | Person does not exist |

  Scenario: A route that does not exist
    When I send a GET request to "nothing/here"
    Then the response status should be "404"
    And the JSON at path "status" should be "error"
    And the JSON at path "message" should be "There is nothing at this URL"

  Scenario: Every response names its request
    When I send a GET request to "people/fred"
    Then the response header "X-Request-Id" should exist
    And the response header "Server" should not exist
    And the response header "X-Powered-By" should not exist

  Scenario: A well-formed request id is kept
    Given I use a "X-Request-Id" header of "trace-42.abc"
    When I send a GET request to "people/fred"
    Then the response header "X-Request-Id" should be "trace-42.abc"

  Scenario: A request id that could forge log lines is replaced
    Given I use a "X-Request-Id" header of "a b\" injected"
    When I send a GET request to "people/fred"
    Then the response header "X-Request-Id" should not be "a b\" injected"
