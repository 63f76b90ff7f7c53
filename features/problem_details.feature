Feature: Problem details in version 2
  Every v2 error is RFC 9457 application/problem+json, whose type resolves to its section of the docs.

  Background:
    Given I am using version "v2"
    And I have an empty database
    And I am a valid API user
    And I use an Accept header of "application/json"

  Scenario: 400, with a JSON Pointer for each field at fault
    When I send a PUT request to "people/fred" with the body:
      """
      {"comment": 42, "age": 1}
      """
    Then the response should be a problem of type "/docs#problem-invalid-request" with status 400
    And the JSON at path "title" should be "The request is not valid"
    And the JSON at path "errors" should have 3 entries
    And the JSON at path "errors.0.pointer" should start with "#/"

  Scenario: 400 for a body that is not an object
    When I send a PUT request to "people/fred" with the body:
      """
      ["fred@example.com"]
      """
    Then the response should be a problem of type "/docs#problem-invalid-request" with status 400
    And the JSON at path "errors.0.pointer" should be "#"
    And the JSON at path "errors.0.detail" should be "must be an object"

  Scenario: 400 for a body that is not JSON
    When I send a PUT request to "people/fred" with the body:
      """
      {"email":
      """
    Then the response should be a problem of type "/docs#problem-malformed-body" with status 400

  Scenario: 400 for a tampered cursor
    When I send a GET request to "people?cursor=eyJhZnRlciI6InplbGRhIn0.AAAAAAAAAAAAAAAAAAAAAA"
    Then the response should be a problem of type "/docs#problem-invalid-cursor" with status 400

  Scenario: 401
    Given I send no credentials
    When I send a GET request to "people/fred"
    Then the response should be a problem of type "/docs#problem-unauthenticated" with status 401
    And the response header "WWW-Authenticate" should be "Bearer realm=\"rest-api-blueprint\""

  Scenario: 403
    Given I am an API user with the capabilities "people:read"
    When I send a DELETE request to "people/fred"
    Then the response should be a problem of type "/docs#problem-forbidden" with status 403
    And the JSON at path "detail" should be "This key lacks the capability people:delete"

  Scenario: 404 for a person
    When I send a GET request to "people/fred"
    Then the response should be a problem of type "/docs#problem-person-not-found" with status 404
    And the JSON at path "detail" should be "Person does not exist"

  Scenario: 404 for a route
    When I send a GET request to "nothing/here"
    Then the response should be a problem of type "/docs#problem-route-not-found" with status 404

  Scenario: 405
    When I send a POST request to "people"
    Then the response should be a problem of type "/docs#problem-method-not-allowed" with status 405
    And the response header "Allow" should be "GET, HEAD, OPTIONS"

  Scenario: 406
    Given I use an Accept header of "image/png"
    When I send a GET request to "people/fred"
    Then the response should be a problem of type "/docs#problem-not-acceptable" with status 406

  Scenario: 412
    Given a person "fred" with the email "a@b.c"
    And I use an "If-Match" header of "\"stale\""
    When I send a DELETE request to "people/fred"
    Then the response should be a problem of type "/docs#problem-precondition-failed" with status 412

  Scenario: 413
    When I send a PUT request to "people/fred" with a body of 70000 bytes
    Then the response should be a problem of type "/docs#problem-body-too-large" with status 413

  Scenario: 415
    Given I use a Content-Type header of "text/plain"
    When I send a PUT request to "people/fred" with the body:
      """
      a@b.c
      """
    Then the response should be a problem of type "/docs#problem-unsupported-media-type" with status 415

  Scenario: 400 for a URL that is not UTF-8
    When I send a GET request to "people/%FF"
    Then the response should be a problem of type "/docs#problem-bad-url" with status 400

  Scenario: 414 for a name too long for the router
    When I add a person whose name is 1001 emoji
    Then the response should be a problem of type "/docs#problem-url-too-long" with status 414

  Scenario Outline: 400 for a Host header that names no host, such as "<host>"
    Given I use a "Host" header of "<host>"
    When I send a GET request to "people/fred"
    Then the response should be a problem of type "/docs#problem-malformed-request" with status 400
    And the JSON at path "detail" should be "The Host header must be a host with an optional port, such as api.example.com:443"
    And the response header "X-Request-Id" should exist

    Examples:
      | host             |
      | api example.com  |
      | user@example.com |
      | example.com:http |

  Scenario: Every problem type has its section in the docs
    When I send a GET request to "/docs"
    Then the response body should contain "id=\"problem-person-not-found\""
    And the response body should contain "id=\"problem-precondition-failed\""
